/**
 * Runs a script's main function and exits explicitly (Payload's database
 * adapter keeps a pooled connection open for good). Should the process run out
 * of work before main settles — a stalled module load — it fails loudly instead
 * of exiting 0 having done nothing.
 */
import { spawnSync } from 'node:child_process'

export function runMain(name: string, main: () => Promise<void>): void {
  let settled = false
  process.on('exit', (code) => {
    if (settled || code !== 0) return
    // Loading Payload's modules now and then never settles on this Node (seen with tsx and with the
    // compiled scripts alike, more often on a busy machine); a second process almost always gets through.
    if (!process.env.EVI_SCRIPT_RETRY) {
      console.warn(`${name}: loading the modules stalled; running it once more`)
      const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
        stdio: 'inherit',
        env: { ...process.env, EVI_SCRIPT_RETRY: '1' },
      })
      process.exitCode = again.status ?? 1
      return
    }
    console.error(`✖ ${name} stopped before it finished.`)
    process.exitCode = 1
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
