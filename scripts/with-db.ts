/**
 * Runs a command against the project database (embedded unless DATABASE_URL is
 * set), e.g. `tsx scripts/with-db.ts payload migrate:create`.
 */
import 'dotenv/config'

import { spawnSync } from 'node:child_process'

import { openProjectDatabase } from './lib/projectDatabase'

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  if (!command) throw new Error('Usage: tsx scripts/with-db.ts <command> [args…]')
  const database = await openProjectDatabase()
  const result = spawnSync(command, rest, { stdio: 'inherit', shell: process.platform === 'win32' })
  await database.stop()
  process.exit(result.status ?? 1)
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
