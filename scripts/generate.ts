/**
 * `npm run generate`: src/payload-types.ts and the admin import map, from the
 * config. Loading the config needs a good PAYLOAD_SECRET (src/lib/secret.ts),
 * though generating signs nothing and serves nothing: without one, a random
 * secret just for this run is used.
 */
import 'dotenv/config'

import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { secretProblem } from '../src/lib/secret'

const payloadBin = path.resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'payload')
const env = { ...process.env }
if (secretProblem(env.PAYLOAD_SECRET)) env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

for (const command of ['generate:types', 'generate:importmap']) {
  const result = spawnSync(payloadBin, [command], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
