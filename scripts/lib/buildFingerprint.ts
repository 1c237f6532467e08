/**
 * Decides whether the build is current, in its two parts: the site in `.next`
 * (`next build`) and the compiled server and tools in `dist/`
 * (scripts/build-server.mjs), each stamped with a hash of its own inputs.
 * A change to a tool or to the bundling options recompiles `dist/` (half a
 * second) without a new `next build` (minutes).
 */
import { spawnSync, type StdioOptions } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type BuildPart = {
  /** A file the part's build leaves behind. */
  output: string
  stamp: string
  inputs: string[]
  command: (projectDir: string) => [string, string[]]
}

const SITE_INPUTS = ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']

const PARTS: BuildPart[] = [
  {
    output: path.join('.next', 'BUILD_ID'),
    stamp: path.join('.next', 'source-fingerprint'),
    inputs: SITE_INPUTS,
    command: (projectDir) => [path.join(projectDir, 'node_modules', '.bin', 'next'), ['build']],
  },
  {
    output: path.join('dist', 'server.js'),
    stamp: path.join('dist', 'source-fingerprint'),
    // dist/ bundles the site's server code, the migrations and tools from scripts/ (build-server.mjs names
    // them): all of scripts/ counts, so the list cannot drift from the entry points, at half a second a rebuild.
    inputs: [...SITE_INPUTS, 'migrations', 'scripts'],
    command: (projectDir) => [process.execPath, [path.join(projectDir, 'scripts', 'build-server.mjs')]],
  },
]

function collectFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => collectFiles(path.join(entry, name)))
}

function fingerprint(projectDir: string, inputs: string[]): string {
  const hash = createHash('sha256')
  for (const input of inputs) {
    for (const file of collectFiles(path.join(projectDir, input))) {
      hash.update(path.relative(projectDir, file)).update('\0').update(fs.readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

function isCurrent(projectDir: string, part: BuildPart): boolean {
  const stamp = path.join(projectDir, part.stamp)
  return (
    fs.existsSync(path.join(projectDir, part.output)) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === fingerprint(projectDir, part.inputs)
  )
}

export const buildIsCurrent = (projectDir: string): boolean => PARTS.every((part) => isCurrent(projectDir, part))

/**
 * `npm run build` without npm in between: the parts whose inputs changed
 * (every part with `force`), each stamped once built. Throws with the output
 * when a step fails.
 */
export function buildSite(projectDir: string, env: NodeJS.ProcessEnv, stdio: StdioOptions = 'pipe', { force = false } = {}): void {
  const stale = PARTS.filter((part) => force || !isCurrent(projectDir, part))
  for (const part of stale) {
    const [command, args] = part.command(projectDir)
    const result = spawnSync(command, args, { cwd: projectDir, env, stdio, encoding: 'utf8', timeout: 900_000 })
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stdout ?? ''}\n${result.stderr ?? ''}`)
    fs.writeFileSync(path.join(projectDir, part.stamp), fingerprint(projectDir, part.inputs))
  }
}
