/** Runs the project's CLIs (payload, its TypeScript scripts) to completion, failing with its output. */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { bundleScript } from '../../scripts/lib/scriptBundle.mjs'

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..')
export const bin = (name: string) => path.join(PROJECT_DIR, 'node_modules', '.bin', name)

export function run(command: string, args: string[], env: Record<string, string | undefined>): string {
  const result = spawnSync(command, args, { cwd: PROJECT_DIR, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 600_000 })
  if (result.status !== 0 || result.error) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

/** `npm run …`'s way to run one of the project's TypeScript scripts (scripts/run-script.mjs). */
const launcher = path.join(PROJECT_DIR, 'scripts', 'run-script.mjs')

/**
 * Runs one of the project's scripts (migrate, seed) to completion as `npm run`
 * does, failing with its output. A script whose modules never finished loading
 * runs once more (the launcher on exit code 13, scripts/lib/runMain.ts on a
 * stall while its code runs); a script that failed twice fails here.
 */
export function runProjectScript(script: string, env: Record<string, string | undefined>): string {
  return run(process.execPath, [launcher, script], env)
}

/** Runs a project script with arguments to completion, failing with its output. */
export function runProjectScriptWithArgs(script: string, args: string[], env: Record<string, string | undefined>): string {
  return run(process.execPath, [launcher, script, ...args], env)
}

/**
 * A test's time limit for `runs` runs of project scripts: each loads Payload in a
 * process of its own (10–20 s on a busy machine, 30 s allowed), plus one stalled
 * load that scripts/lib/runMain.ts gives 45 s before running the script once more.
 */
export const timeoutForScriptRuns = (runs: number) => runs * 30_000 + 60_000

export type ScriptRun = { code: number | null; stdout: string; stderr: string }

/**
 * Runs a project script without blocking this process (so a test can act while it runs),
 * in one process of its own (its bundle on plain Node), so a kill reaches the script itself.
 * A script still running after `deadlineMs` is killed and answers with code null and
 * what it printed so far, so a hang fails with its output instead of a bare timeout.
 */
export async function runProjectScriptAsync(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  deadlineMs = 120_000,
): Promise<ScriptRun> {
  const bundle = await bundleScript(script)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: PROJECT_DIR, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    const deadline = setTimeout(() => {
      stderr += `\n[killed: ${script} still running after ${deadlineMs / 1000} s]`
      child.kill('SIGKILL')
    }, deadlineMs)
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('exit', (code) => {
      clearTimeout(deadline)
      resolve({ code, stdout, stderr })
    })
  })
}
