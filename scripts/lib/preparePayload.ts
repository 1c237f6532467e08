/** Loads Payload against DATABASE_URL and brings the schema up to date. */
import type { Migration, Payload } from 'payload'

/** Loads Payload against DATABASE_URL, leaving the schema as it is. */
export async function loadPayload(): Promise<Payload> {
  // Imported late: the config reads DATABASE_URL and PAYLOAD_SECRET when it loads.
  // One at a time: concurrent dynamic imports under tsx's loader hooks were seen to stall
  // for good, and a process with nothing left to do then exits 0 without a word.
  // Scripts serve no readers: a migration's long statement may take its time.
  process.env.DATABASE_QUERY_TIMEOUT_MS ??= '0'
  // One at a time, `payload` first: loading the config first (its graph loads payload and its editor
  // package side by side) stalled for good under tsx, with an open connection keeping the process alive.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  // A script stops the database after it is done (or failed); the pool's connections then end, which is no error.
  poolOf(payload)?.on('error', () => {})
  return payload
}

/** The project's migrations, in order (the generated index lists every one, so no runtime imports .ts files by path). */
export async function projectMigrations(): Promise<Migration[]> {
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

/**
 * Payload's destroy() leaves the PostgreSQL pool open, and the adapter keeps one
 * client checked out for good (its connection check), so pool.end() would
 * never resolve. Close the idle clients, and make sure a connection the server
 * terminates later (a dropped test database, a stopped server) is not an
 * uncaught error.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = poolOf(payload)
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  void pool.end().catch(() => {})
}

function poolOf(payload: Payload): import('pg').Pool | undefined {
  return (payload.db as unknown as { pool?: import('pg').Pool }).pool
}
