/** Runs one of the project's CLIs (payload, tsx scripts) to completion, failing with its output. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..')
export const bin = (name: string) => path.join(PROJECT_DIR, 'node_modules', '.bin', name)

export function run(command: string, args: string[], env: Record<string, string | undefined>): string {
  const result = spawnSync(command, args, { cwd: PROJECT_DIR, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 600_000 })
  if (result.status !== 0 || result.error) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

/**
 * Runs one of the project's tsx scripts (migrate, seed). In fresh clones the very
 * first TypeScript load has now and then stalled, and the script ends early
 * saying so (scripts/lib/runMain.ts): that case alone is tried once more, with
 * a warning. Any other failure fails at once.
 */
export function runProjectScript(script: string, env: Record<string, string | undefined>): string {
  try {
    return run(bin('tsx'), [script], env)
  } catch (error) {
    if (!String(error).includes('stopped before it finished')) throw error
    console.warn(`${script} stopped before it finished; running it once more`)
    return run(bin('tsx'), [script], env)
  }
}
