/**
 * The rate limits' store in PostgreSQL (src/lib/rateLimit.ts), seen through
 * the public forms that use it: what a flood of attempts leaves in the
 * database (one row per key, no address in it), that windows end and their
 * rows are pruned for every key, that parallel attempts cannot slip past the
 * limit, and that IPv6 clients count per network.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { signUp, SIGNUP_LIMIT } from '@/forms/newsletterSignup'

import { waitUntil } from '../helpers/newsletter'
import { testPayload } from '../helpers/payload'

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-outbox-'))
process.env.MAIL_OUTBOX_DIR = outbox
const payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

/** Every row the rate limits keep, whatever their table is called. */
async function counterRows(): Promise<Record<string, unknown>[]> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'rate_limit%'`)
  const rows: Record<string, unknown>[] = []
  for (const { name } of tables) rows.push(...(await db.query(`SELECT * FROM ${pg.escapeIdentifier(name)}`)).rows)
  return rows
}

async function emptyCounters(): Promise<void> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'rate_limit%'`)
  for (const { name } of tables) await db.query(`DELETE FROM ${pg.escapeIdentifier(name)}`)
}

const form = (email: string) => {
  const data = new FormData()
  for (const [name, value] of Object.entries({ email, consent: 'ja', source: '/', homepage: '' })) data.set(name, value)
  return data
}
let counter = 0
const fresh = () => ({ email: `flut-${(counter += 1)}@beispiel.de`, ip: `203.0.113.${counter}` })

describe('the store', () => {
  it('the first check of a process prunes counters of ended windows, of every key', async () => {
    // A counter left from a window that ended long ago, as another instance would leave it.
    await db.query(`INSERT INTO rate_limit_counters (key, points, expire) VALUES ('${'a'.repeat(64)}', 3, $1)`, [Date.now() - 24 * 3600_000])
    await signUp(payload, form(fresh().email), fresh().ip)
    await waitUntil(async () => !(await counterRows()).some((row) => row.key === 'a'.repeat(64)), 'the old counter is pruned', 10_000)
  })

  it('a flood of refused attempts leaves one row per counted key, holding neither the address nor the e-mail address', async () => {
    await emptyCounters()
    const { email, ip } = fresh()
    const outcomes: string[] = []
    for (let i = 0; i < 60; i += 1) outcomes.push((await signUp(payload, form(email), ip)).kind)
    expect(outcomes.filter((kind) => kind === 'accepted')).toHaveLength(SIGNUP_LIMIT.limit)
    expect(outcomes.slice(SIGNUP_LIMIT.limit).every((kind) => kind === 'rate-limited')).toBe(true)

    const rows = await counterRows()
    // One key for the address, one for the e-mail address.
    expect(rows).toHaveLength(2)
    const stored = JSON.stringify(rows)
    expect(stored).not.toContain(ip)
    expect(stored).not.toContain(email)
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a window ends: the next attempt is allowed and counted afresh', async () => {
    const { email, ip } = fresh()
    for (let i = 0; i <= SIGNUP_LIMIT.limit; i += 1) await signUp(payload, form(email), ip)
    expect((await signUp(payload, form(email), ip)).kind).toBe('rate-limited')
    // An hour later (the windows' ends moved into the past).
    await db.query('UPDATE rate_limit_counters SET expire = $1', [Date.now() - 1000])
    expect((await signUp(payload, form(email), ip)).kind).toBe('accepted')
    const points = (await db.query<{ points: number }>('SELECT points FROM rate_limit_counters WHERE expire > $1', [Date.now()])).rows.map((r) => r.points)
    expect(points).toEqual([1, 1])
  })

  it('pruning deletes the rows of every ended window and keeps the running ones', async () => {
    const running = fresh()
    await signUp(payload, form(running.email), running.ip)
    await db.query(`INSERT INTO rate_limit_counters (key, points, expire) VALUES ('${'b'.repeat(64)}', 9, $1), ('${'c'.repeat(64)}', 1, $1)`, [Date.now() - 1])
    const before = (await counterRows()).length
    const { pruneExpiredCounters } = await import('@/lib/rateLimit')
    const pruned = await pruneExpiredCounters(db)
    const after = await counterRows()
    expect(pruned).toBeGreaterThanOrEqual(2)
    expect(after.length).toBe(before - pruned)
    expect(after.every((row) => Number(row.expire) > Date.now())).toBe(true)
    expect(after.length).toBeGreaterThanOrEqual(2)
  })
})

describe('limits that hold', () => {
  it('twenty sign-ups of one address sent at the same moment: exactly the limit gets through', async () => {
    const { email } = fresh()
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => signUp(payload, form(email), `192.0.2.${i + 1}`)))
    expect(outcomes.filter((o) => o.kind === 'accepted')).toHaveLength(SIGNUP_LIMIT.limit)
  })

  it('an IPv6 client counts per /64 network: fresh addresses of the same network do not pass the limit', async () => {
    const outcomes: string[] = []
    for (let i = 1; i <= SIGNUP_LIMIT.limit + 2; i += 1) outcomes.push((await signUp(payload, form(`ipv6-${i}@beispiel.de`), `2001:db8:abcd:12::${i.toString(16)}:1`)).kind)
    expect(outcomes.slice(0, SIGNUP_LIMIT.limit).every((kind) => kind === 'accepted')).toBe(true)
    expect(outcomes.slice(SIGNUP_LIMIT.limit)).toEqual(['rate-limited', 'rate-limited'])
    // Another network is another client.
    expect((await signUp(payload, form('ipv6-anders@beispiel.de'), '2001:db8:abcd:13::1')).kind).toBe('accepted')
  })

  it('an IPv4 client counts the same whether it arrives as IPv4 or IPv4-mapped IPv6', async () => {
    for (let i = 0; i < SIGNUP_LIMIT.limit; i += 1) await signUp(payload, form(`mapped-${i}@beispiel.de`), '198.51.100.77')
    expect((await signUp(payload, form('mapped-x@beispiel.de'), '::ffff:198.51.100.77')).kind).toBe('rate-limited')
  })
})
