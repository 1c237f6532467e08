/**
 * Runs a script's main function and exits explicitly (Payload's database
 * adapter keeps a pooled connection open for good). Loading Payload's modules
 * now and then never settled on this Node (under tsx's loader hooks, see
 * preparePayload.ts and scripts/lib/scriptBundle.mjs): when the process runs out of work before main settles,
 * or main reports the stall, the script runs once more in a new process (which
 * almost always gets through), and fails loudly if that stalls too — never
 * exiting 0 having done nothing.
 */
import { spawnSync } from 'node:child_process'

import { ModulesStalled } from './preparePayload'

/** Runs this same script again in a new process, once; its exit code becomes ours. */
function runOnceMore(name: string): number {
  if (process.env.EVI_SCRIPT_RETRY) {
    console.error(`✖ ${name} stopped before it finished (loading the modules stalled twice).`)
    return 1
  }
  console.warn(`${name}: loading the modules stalled; running it once more`)
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, EVI_SCRIPT_RETRY: '1' },
  })
  return again.status ?? 1
}

/** Node's exit code when the event loop ran dry with a module's top-level await unsettled. */
const UNSETTLED_TOP_LEVEL_AWAIT = 13

export function runMain(name: string, main: () => Promise<void>): void {
  let settled = false
  process.on('exit', (code) => {
    // Out of work before main settled: exit code 0, or 13 when a module's top-level await was left pending.
    if (settled || (code !== 0 && code !== UNSETTLED_TOP_LEVEL_AWAIT)) return
    process.exitCode = runOnceMore(name)
  })
  main().then(
    () => {
      settled = true
      process.exit(0)
    },
    (error: unknown) => {
      settled = true
      if (error instanceof ModulesStalled) process.exit(runOnceMore(name))
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
