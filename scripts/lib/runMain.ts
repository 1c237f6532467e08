/**
 * Runs a script's main function and exits explicitly (Payload's database
 * adapter keeps a pooled connection open for good). Should the process run out
 * of work before main settles — a stalled module load — it fails loudly instead
 * of exiting 0 having done nothing.
 */
export function runMain(name: string, main: () => Promise<void>): void {
  let settled = false
  process.on('exit', (code) => {
    if (!settled && code === 0) {
      console.error(`✖ ${name} stopped before it finished.`)
      process.exitCode = 1
    }
  })
  main().then(
    () => {
      settled = true
      process.exit(0)
    },
    (error: unknown) => {
      settled = true
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
