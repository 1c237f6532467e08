/** The embedded default's PAYLOAD_SECRET: random, generated once, kept under `.data/`. */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { secretProblem } from '../../src/lib/secret'

export function persistentDevSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * The secret of the local embedded set-up: the one set, when it is good;
 * otherwise (missing, short, the example from .env.example copied along) the
 * project's own generated secret. Outside this set-up every process refuses
 * such a secret (src/lib/secret.ts).
 */
export function embeddedSecret(secret: string | undefined, dataDir: string): string {
  return secret && !secretProblem(secret) ? secret : persistentDevSecret(dataDir)
}
