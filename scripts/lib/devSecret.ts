/** The embedded default's PAYLOAD_SECRET: random, generated once, kept under `.data/`. */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export function persistentDevSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}
