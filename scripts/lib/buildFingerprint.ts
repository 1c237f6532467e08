/** Decides whether `.next` holds a build of the current sources. */
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
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === sourceFingerprint(projectDir)
  )
}

export function markBuildCurrent(projectDir: string): void {
  fs.writeFileSync(stampFile(projectDir), sourceFingerprint(projectDir))
}
