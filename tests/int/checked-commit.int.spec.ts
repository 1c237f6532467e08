/**
 * A write is confirmed only when PostgreSQL committed it: Payload's adapter
 * reports a failed COMMIT as a success (src/lib/checkedCommit.ts). Found by
 * database-faults.e2e: an article answered 201 during a restart was missing.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })

beforeAll(async () => {
  payload = await testPayload()
  await admin.connect()
})

afterAll(() => admin.end())

/** A category created inside a transaction that is not committed yet, and the PostgreSQL process serving it. */
async function pendingCategory(slug: string) {
  const transactionID = await payload.db.beginTransaction()
  const req = await createLocalReq({}, payload)
  req.transactionID = transactionID!
  await payload.create({ collection: 'categories', data: { title: slug, slug }, req })
  const session = (payload.db as unknown as PostgresAdapter & { sessions: Record<string, { db: PostgresAdapter['drizzle'] }> }).sessions[String(transactionID)]
  const { rows } = await session.db.execute(sql`select pg_backend_pid() as pid`)
  return { transactionID: transactionID!, pid: Number((rows[0] as { pid: number }).pid) }
}

const stored = async (slug: string) => (await payload.find({ collection: 'categories', where: { slug: { equals: slug } } })).totalDocs

it('a commit the database never made is an error, and nothing is stored', async () => {
  const { transactionID, pid } = await pendingCategory('nie-gespeichert')
  // The connection ends between the write and its commit, as when PostgreSQL restarts.
  await admin.query('select pg_terminate_backend($1)', [pid])
  await expect(payload.db.commitTransaction(transactionID)).rejects.toThrow(/did not confirm the commit/)
  expect(await stored('nie-gespeichert')).toBe(0)
})

it('a commit that happened is confirmed', async () => {
  const { transactionID } = await pendingCategory('gespeichert')
  await payload.db.commitTransaction(transactionID)
  expect(await stored('gespeichert')).toBe(1)
})
