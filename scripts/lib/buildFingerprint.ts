/** Decides whether `.next` holds a build of the current sources. */
import { spawnSync, type StdioOptions } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']

function collectFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => collectFiles(path.join(entry, name)))
}

export function sourceFingerprint(projectDir: string): string {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for (const file of collectFiles(path.join(projectDir, input))) {
      hash.update(path.relative(projectDir, file)).update('\0').update(fs.readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

const stampFile = (projectDir: string) => path.join(projectDir, '.next', 'source-fingerprint')

export function buildIsCurrent(projectDir: string): boolean {
  const stamp = stampFile(projectDir)
  return (
    fs.existsSync(path.join(projectDir, '.next', 'BUILD_ID')) &&
    fs.existsSync(path.join(projectDir, 'dist', 'server.js')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === sourceFingerprint(projectDir)
  )
}

export function markBuildCurrent(projectDir: string): void {
  fs.writeFileSync(stampFile(projectDir), sourceFingerprint(projectDir))
}

/**
 * `npm run build` without npm in between: the site (`next build`), then the
 * compiled server and tools in dist/ (scripts/build-server.mjs). Marks the
 * build current. Throws with the output when a step fails.
 */
export function buildSite(projectDir: string, env: NodeJS.ProcessEnv, stdio: StdioOptions = 'pipe'): void {
  const steps: [string, string[]][] = [
    [path.join(projectDir, 'node_modules', '.bin', 'next'), ['build']],
    [process.execPath, [path.join(projectDir, 'scripts', 'build-server.mjs')]],
  ]
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: projectDir, env, stdio, encoding: 'utf8', timeout: 900_000 })
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stdout ?? ''}\n${result.stderr ?? ''}`)
  }
  markBuildCurrent(projectDir)
}
