/**
 * The app's PostgreSQL pool (src/lib/resilientPg.ts) against a real server
 * that ends every connection (pg_terminate_backend, as a restart or a
 * failover would): a read is retried once and answers, with the query config
 * object drizzle reuses for each run; a write is not retried and fails; the
 * process survives (no uncaught 'error' event) and the pool works on.
 */
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { connectionLostWithin, ResilientPool, setDatabaseWarningLog } from '@/lib/resilientPg'

let pool: ResilientPool
let admin: pg.Client
const warnings: string[] = []

beforeAll(async () => {
  setDatabaseWarningLog((message) => warnings.push(message))
  pool = new ResilientPool({ connectionString: process.env.DATABASE_URL, max: 3 })
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  await admin.query('CREATE TABLE IF NOT EXISTS resilience_probe (n int)')
})

afterAll(async () => {
  await pool.end()
  await admin.end()
})

/** Ends the pool's connections while `statement` runs on one of them (it takes half a second). */
async function endConnectionsDuring<T>(statement: Promise<T>): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, 150))
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
  return statement
}

it('retries a read whose connection was ended, once, and answers it', async () => {
  // As drizzle runs a prepared query: the same config object every time.
  const config = { text: 'SELECT 41 + 1 AS answer FROM pg_sleep(0.5)', rowMode: 'array' as const }
  expect((await pool.query(config, [])).rows).toEqual([[42]])
  expect(((await endConnectionsDuring(pool.query(config, []))) as pg.QueryResult).rows).toEqual([[42]])
  expect(warnings.some((w) => w.includes('retrying once'))).toBe(true)
  expect((await pool.query(config, [])).rows).toEqual([[42]])
})

it('does not retry a write: it fails and says so, and the pool works on', async () => {
  const write = pool.query('INSERT INTO resilience_probe SELECT 1 FROM pg_sleep(0.5)')
  // It fails while the connections are being ended, before the expectation below looks at it.
  write.catch(() => {})
  await expect(endConnectionsDuring(write)).rejects.toThrow(/terminating connection/)
  expect((await admin.query('SELECT count(*)::int AS n FROM resilience_probe')).rows[0].n).toBe(0)
  await pool.query('INSERT INTO resilience_probe VALUES (2)')
  expect((await admin.query('SELECT count(*)::int AS n FROM resilience_probe')).rows[0].n).toBe(1)
})

it('a statement that times out (a frozen server) counts as a database fault for the next seconds', async () => {
  const impatient = new ResilientPool({ connectionString: process.env.DATABASE_URL, max: 1, query_timeout: 100 })
  try {
    // The tests above end connections: a moment later nothing was lost in the last 250 ms.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(connectionLostWithin(250)).toBe(false)
    await expect(impatient.query('SELECT pg_sleep(0.5)')).rejects.toThrow(/timeout/i)
    expect(connectionLostWithin(200)).toBe(true)
  } finally {
    await impatient.end().catch(() => {})
  }
})
