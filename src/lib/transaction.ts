/**
 * Work that must be all or nothing, and serialised where it counts: one
 * PostgreSQL transaction for a block of Local API calls (pass `req` to each),
 * and a lock that holds until that transaction ends.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (!transactionID) throw new Error('The database adapter gave no transaction')
  req.transactionID = transactionID
  try {
    const result = await work(req)
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** Lock spaces (first key of PostgreSQL's two-key advisory locks); the migo sender uses 0x6d69676f ("migo"). */
export const LOCK_SPACE = { eventRegistrations: 0x7465726d /* "term" */ } as const

/**
 * Waits until no other transaction holds the lock (space, key) and takes it
 * until this transaction commits or rolls back — across processes and servers.
 */
export async function lockUntilCommit(req: PayloadRequest, space: number, key: number): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = transactionID ? adapter.sessions?.[transactionID]?.db : undefined
  if (!db) throw new Error('lockUntilCommit needs a request inside a transaction (inTransaction)')
  await db.execute(sql`select pg_advisory_xact_lock(${space}, ${key})`)
}
