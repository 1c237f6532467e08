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
