/** Loads Payload against DATABASE_URL and brings the schema up to date. */
import type { Migration, Payload } from 'payload'

import { endPayloadPool, payloadPool } from '../../src/lib/payloadConnections'

/** Far longer than a real load (3 s here, 10–20 s on a busy machine). */
const STALL_MS = 45_000

/** Loading the modules never settled (see importConfig); runMain runs the script once more. */
export class ModulesStalled extends Error {}

/**
 * Imports Payload and the project's config, in that order and one at a time:
 * under tsx's loader hooks, the config imported after `@payloadcms/db-postgres`
 * (which the migrations import) never settled in most runs
 * (tests/int/module-loading.int.spec.ts), and even in this order now and then
 * did not (scripts now run bundled, scripts/lib/scriptBundle.mjs; bench/ still
 * runs under tsx). A stall fails after STALL_MS instead of hanging for as long
 * as an open connection keeps the process alive.
 */
async function importConfig() {
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModulesStalled(`loading Payload's config did not finish within ${STALL_MS / 1000} s`)), STALL_MS)
  })
  const load = async () => {
    // The config reads DATABASE_URL and PAYLOAD_SECRET when it loads: imported late, after the database is open.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    return { getPayload, config }
  }
  try {
    return await Promise.race([load(), stalled])
  } finally {
    clearTimeout(timer)
  }
}

/** Loads Payload against DATABASE_URL, leaving the schema as it is. */
export async function loadPayload(): Promise<Payload> {
  // Scripts serve no readers: a migration's long statement may take its time.
  process.env.DATABASE_QUERY_TIMEOUT_MS ??= '0'
  const { getPayload, config } = await importConfig()
  const payload = await getPayload({ config })
  // A script stops the database after it is done (or failed); the pool's connections then end, which is no error.
  payloadPool(payload)?.on('error', () => {})
  return payload
}

/** The project's migrations, in order (the generated index lists every one, so no runtime imports .ts files by path). */
export async function projectMigrations(): Promise<Migration[]> {
  await importConfig()
  const { migrations } = await import('../../migrations')
  return migrations as unknown as Migration[]
}

export async function migratedPayload(): Promise<Payload> {
  const payload = await loadPayload()
  await payload.db.migrate({ migrations: await projectMigrations() })
  // Fail loudly here rather than on the first page view if the schema is incomplete.
  await payload.count({ collection: 'users' }).catch((error: unknown) => {
    throw new Error(`The database schema is incomplete after migrating: ${(error as Error).message}`)
  })
  return payload
}

/** Payload's destroy() leaves the PostgreSQL pool open: its connections are ended too (endPayloadPool). */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  await endPayloadPool(payload)
}
