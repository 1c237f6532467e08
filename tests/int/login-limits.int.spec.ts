/**
 * Logging in and asking for a password reset, attacked from outside through
 * the REST API as the admin's forms use it: limits per address (and per
 * e-mail address on that address) besides the account lock-out, one answer
 * for known and unknown addresses, and the same work for both.
 */
import crypto from 'node:crypto'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

import { smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

// The sink answers each mail only after 1.5 s: an answer that waited for the mail would show it.
const MAIL_DELAY_MS = 1500
const sink = await startSmtpSink({ SMTP_SINK_DELAY_MS: String(MAIL_DELAY_MS) })
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { api } = await import('../helpers/rest')

const payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

const PASSWORD = 'test-password-123'
let counter = 0
const freshIp = () => `198.51.100.${(counter += 1)}`
const login = (email: string, password: string, ip: string) => api('POST', '/api/users/login', { json: { email, password }, ip })
const forgot = (email: string, ip: string) => api('POST', '/api/users/forgot-password', { json: { email }, ip })
const storedUser = async (id: number) =>
  (await db.query<{ login_attempts: number; lock_until: Date | null }>('SELECT login_attempts, lock_until FROM users WHERE id = $1', [id])).rows[0]

let admin: User
beforeAll(async () => {
  // The first account becomes an admin.
  admin = await createUser(payload, 'admin', 'Verwaltung')
})

describe('login', () => {
  it('one address cannot lock an account: its failed attempts are refused long before the lock, and the owner still logs in', async () => {
    const owner = await createUser(payload, 'editor', 'Ziel')
    const attacker = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1) statuses.push((await login(owner.email, `falsch-${i}`, attacker)).status)
    // Some wrong passwords are answered as such, the rest refused before any check.
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 401).length).toBeLessThan(10)
    expect(statuses.slice(statuses.indexOf(429))).toEqual(statuses.slice(statuses.indexOf(429)).map(() => 429))
    const refused = await login(owner.email, 'falsch', attacker)
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(/Zu viele Anmeldeversuche/)

    expect((await storedUser(owner.id)).lock_until).toBeNull()
    const ownLogin = await login(owner.email, PASSWORD, freshIp())
    expect(ownLogin.status).toBe(200)
  })

  it('a refused attempt is not even checked: the right password from the refused address gets the same 429', async () => {
    const owner = await createUser(payload, 'editor', 'Geduldig')
    const address = freshIp()
    let status = 0
    for (let i = 0; i < 20 && status !== 429; i += 1) status = (await login(owner.email, 'falsch', address)).status
    expect(status).toBe(429)
    const attemptsBefore = (await storedUser(owner.id)).login_attempts
    expect((await login(owner.email, PASSWORD, address)).status).toBe(429)
    expect((await storedUser(owner.id)).login_attempts).toBe(attemptsBefore)
  })

  it('one address guessing across many accounts is refused after a few dozen failures', async () => {
    const address = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 25; i += 1) statuses.push((await login(`niemand-${i}@test.example`, 'falsch', address)).status)
    expect(statuses[0]).toBe(401)
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(20)
  })

  it('successful logins never use up an address (a whole office behind one address)', async () => {
    const office = freshIp()
    const colleagues = await Promise.all([1, 2, 3].map((n) => createUser(payload, 'editor', `Kollegin ${n}`)))
    for (let round = 0; round < 8; round += 1) {
      for (const colleague of colleagues) expect((await login(colleague.email, PASSWORD, office)).status).toBe(200)
    }
  })

  it('answers unknown addresses, wrong passwords and locked accounts alike, so nobody learns who has an account', async () => {
    const known = await createUser(payload, 'editor', 'Bekannt')
    const locked = await createUser(payload, 'editor', 'Gesperrt')
    await db.query(`UPDATE users SET login_attempts = 10, lock_until = now() + interval '10 minutes' WHERE id = $1`, [locked.id])

    const answers = new Set<string>()
    for (const [email, password] of [
      ['unbekannt@test.example', PASSWORD],
      [known.email, 'falsches-passwort'],
      [locked.email, PASSWORD],
      [locked.email, 'falsches-passwort'],
    ]) {
      const response = await login(email, password, freshIp())
      answers.add(JSON.stringify({ status: response.status, body: await response.json() }))
    }
    expect([...answers]).toHaveLength(1)
    const [only] = [...answers].map((answer) => JSON.parse(answer))
    expect(only.status).toBe(401)
    expect(only.body.errors[0].message).toMatch(/E-Mail-Adresse oder (das )?Passwort/)
  })

  it('an unknown address costs the same password hashing as a known one (no answer by timing)', async () => {
    const known = await createUser(payload, 'editor', 'Gemessen')
    const spy = vi.spyOn(crypto, 'pbkdf2')
    try {
      const hashing = async (email: string) => {
        spy.mockClear()
        expect((await login(email, 'falsches-passwort', freshIp())).status).toBe(401)
        return spy.mock.calls.map((call) => call[2])
      }
      const forKnown = await hashing(known.email)
      expect(forKnown.length).toBe(1)
      expect(await hashing('gibt-es-nicht@test.example')).toEqual(forKnown)
    } finally {
      spy.mockRestore()
    }
  })

  it('refusals and counters keep no address: only HMAC keys in PostgreSQL', async () => {
    const { rows } = await db.query<{ key: string }>('SELECT key FROM rate_limit_counters')
    expect(rows.length).toBeGreaterThan(0)
    for (const { key } of rows) expect(key).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('forgotten password', () => {
  it('answers known and unknown addresses alike, and at once: the mail leaves afterwards', async () => {
    const known = await createUser(payload, 'editor', 'Vergesslich')
    const answers = new Set<string>()
    for (const email of [known.email, 'unbekannt-vergessen@test.example']) {
      const before = sink.received.length
      const started = Date.now()
      const response = await forgot(email, freshIp())
      const took = Date.now() - started
      answers.add(JSON.stringify({ status: response.status, body: await response.json() }))
      expect(took, `answer for ${email} waited for the mail`).toBeLessThan(MAIL_DELAY_MS * 0.6)
      if (email === known.email) {
        const [mail] = (await sink.waitForCount(before + 1)).slice(before)
        expect(mail.to).toEqual([known.email])
      }
    }
    expect([...answers]).toHaveLength(1)
    expect(JSON.parse([...answers][0]).status).toBe(200)
  })

  it('one address asking for one account is refused after a few requests within the hour, in German', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i += 1) statuses.push((await forgot(admin.email, freshIp())).status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses.at(-1)).toBe(429)
    const refused = await forgot(admin.email, freshIp())
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(/Zu viele Anfragen/)
  })

  it('one address asking for many accounts is refused too', async () => {
    const address = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1) statuses.push((await forgot(`jemand-${i}@test.example`, address)).status)
    expect(statuses[0]).toBe(200)
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('unlocking accounts', () => {
  it('only admins may unlock an account; an editor or a member representative may not', async () => {
    const editor = await createUser(payload, 'editor', 'Entsperrversuch')
    const locked = await createUser(payload, 'editor', 'Bleibt gesperrt')
    await db.query(`UPDATE users SET login_attempts = 10, lock_until = now() + interval '10 minutes' WHERE id = $1`, [locked.id])
    const editorToken = ((await (await login(editor.email, PASSWORD, freshIp())).json()) as { token: string }).token
    const response = await api('POST', '/api/users/unlock', { json: { email: locked.email }, token: editorToken, ip: freshIp() })
    expect(response.status).toBe(403)
    expect((await storedUser(locked.id)).lock_until).not.toBeNull()

    const adminToken = ((await (await login(admin.email, PASSWORD, freshIp())).json()) as { token: string }).token
    expect((await api('POST', '/api/users/unlock', { json: { email: locked.email }, token: adminToken, ip: freshIp() })).status).toBe(200)
    expect((await storedUser(locked.id)).lock_until).toBeNull()
  })
})
