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

import { queryTimeoutMs } from '@/lib/resilientPg'

import { testPayload } from '../helpers/payload'

let payload: Payload
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })

beforeAll(async () => {
  payload = await testPayload()
  await admin.connect()
})

afterAll(() => admin.end())

/** A category created inside a transaction that is not committed yet, its session, and the PostgreSQL process serving it. */
async function pendingCategory(slug: string) {
  const transactionID = await payload.db.beginTransaction()
  const req = await createLocalReq({}, payload)
  req.transactionID = transactionID!
  await payload.create({ collection: 'categories', data: { title: slug, slug }, req })
  const session = (payload.db as unknown as PostgresAdapter & { sessions: Record<string, { db: PostgresAdapter['drizzle'] }> }).sessions[String(transactionID)]
  const { rows } = await session.db.execute(sql`select pg_backend_pid() as pid`)
  return { transactionID: transactionID!, pid: Number((rows[0] as { pid: number }).pid), session }
}

const stored = async (slug: string) => (await payload.find({ collection: 'categories', where: { slug: { equals: slug } } })).totalDocs

it('a commit the database never made is an error, and nothing is stored', async () => {
  const { transactionID, pid } = await pendingCategory('nie-gespeichert')
  // The connection ends between the write and its commit, as when PostgreSQL restarts.
  await admin.query('select pg_terminate_backend($1)', [pid])
  await expect(payload.db.commitTransaction(transactionID)).rejects.toThrow(/did not confirm the commit/)
  expect(await stored('nie-gespeichert')).toBe(0)
})

it('a transaction the database does not answer for before its commit is rolled back, not committed, when it answers again', async () => {
  const { transactionID, pid } = await pendingCategory('nach-pause-verworfen')
  // Its PostgreSQL process freezes (as in database-faults.e2e) longer than a query may take; the connection stays.
  process.kill(pid, 'SIGSTOP')
  const thawed = new Promise((resolve) => setTimeout(resolve, queryTimeoutMs() + 1000)).then(() => process.kill(pid, 'SIGCONT'))
  try {
    await expect(payload.db.commitTransaction(transactionID)).rejects.toThrow(/did not confirm the commit/)
  } finally {
    await thawed
  }
  // What the client sent meanwhile has now run: the failure reported must be true.
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await stored('nach-pause-verworfen')).toBe(0)
}, 30_000)

it('a commit that happened is confirmed', async () => {
  const { transactionID } = await pendingCategory('gespeichert')
  await payload.db.commitTransaction(transactionID)
  expect(await stored('gespeichert')).toBe(1)
})

it('a commit that happened is confirmed also when the database cannot be asked for a moment afterwards', async () => {
  const { transactionID, pid, session } = await pendingCategory('gespeichert-trotz-pause')
  const url = new URL(process.env.DATABASE_URL!)
  const database = url.pathname.slice(1)
  // A database's connections are switched off from another one.
  const maintenance = new pg.Client({ connectionString: Object.assign(url, { pathname: '/postgres' }).toString() })
  await maintenance.connect()
  const allowConnections = (allow: boolean) => maintenance.query(`alter database "${database}" allow_connections ${allow}`)
  // As when PostgreSQL stops or freezes right after the commit: the pool's idle connections are ended, new ones
  // are refused for 1.5 s, and the transaction's own connection is ended by the server as soon as it is idle
  // after its commit (a setting that outlives the transaction).
  await session.db.execute(sql`set idle_session_timeout = 1`)
  await allowConnections(false)
  let reopened: Promise<unknown> = Promise.resolve()
  try {
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid not in ($1, pg_backend_pid())', [pid])
    reopened = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => allowConnections(true))
    await payload.db.commitTransaction(transactionID)
  } finally {
    await reopened
    await allowConnections(true)
    await maintenance.end()
  }
  expect(await stored('gespeichert-trotz-pause')).toBe(1)
})
