/**
 * Several servers as one site: two app instances (the compiled production
 * server) on one PostgreSQL and one S3 store (a real s3rver process), and the
 * migo worker in a third process. An article published through one instance
 * is served by the other in its next request, cached page or not; an image
 * uploaded through one is shown by the other; an issue sent from the admin of
 * one is delivered by the worker.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import pg from 'pg'

import { apiLogin, startAppServer, type AppServer } from '../helpers/appServer'
import { insertSubscribers } from '../helpers/newsletter'
import { createDatabase, dropDatabase, freePort, startTestPostgres, uniqueName, type TestPostgres } from '../helpers/postgresServer'
import { PROJECT_DIR, runProjectScript } from '../helpers/runScript'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { sha256 } from '../helpers/snapshot'
import { smtpEnvironment, startSmtpSink, type SmtpSink } from '../helpers/smtpSink'

let postgres: TestPostgres
let database: string
let s3: S3TestServer
let sink: SmtpSink
let scratch: string
let first: AppServer
let second: AppServer
let worker: ChildProcess
let env: Record<string, string>
const admin = { email: 'admin@several.test', password: randomBytes(9).toString('base64url') }

test.beforeAll(async () => {
  test.setTimeout(300_000)
  postgres = await startTestPostgres()
  database = uniqueName('evi_several')
  s3 = await startS3Server()
  await s3.createBucket('evi-shared')
  sink = await startSmtpSink()
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-several-'))
  env = {
    DATABASE_URL: await createDatabase(postgres, database),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // Nothing may land in a local folder: each instance would have its own.
    MEDIA_DIR: path.join(scratch, 'must-stay-empty'),
    ...s3.environment('evi-shared'),
    ...smtpEnvironment(sink),
    NEWSLETTER_WORKER: 'separate',
  }
  runProjectScript('scripts/seed.ts', { ...env, DEMO_ADMIN_EMAIL: admin.email, DEMO_ADMIN_PASSWORD: admin.password })
  ;[first, second] = [await startAppServer(env, await freePort()), await startAppServer(env, await freePort())]
  worker = spawn(process.execPath, ['dist/worker.js'], { cwd: PROJECT_DIR, env: { ...process.env, ...env, NEWSLETTER_POLL_MS: '200' }, stdio: 'ignore' })
})

test.afterAll(async () => {
  worker?.kill('SIGTERM')
  await first?.stop()
  await second?.stop()
  await sink?.stop()
  await s3?.stop()
  if (database) await dropDatabase(postgres, database)
  await postgres?.stop()
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
})

const json = (auth: Record<string, string>, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

test('an article published through one instance is served by the other in its next request', async () => {
  const auth = await apiLogin(first.url, admin.email, admin.password)
  // The other instance has the news list in its page cache.
  await fetch(`${second.url}/aktuelles`).then((r) => r.arrayBuffer())
  expect((await fetch(`${second.url}/aktuelles`)).headers.get('x-page-cache')).toBe('HIT')

  const title = `Zwei Server, eine Website ${Date.now()}`
  const created = await fetch(`${first.url}/api/articles`, json(auth, { title, _status: 'published', teaser: 'Veröffentlicht über den ersten Server.' }))
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { slug: string } }

  expect(await (await fetch(`${second.url}/aktuelles`)).text()).toContain(title)
  const page = await fetch(`${second.url}/aktuelles/nachrichten/${doc.slug}`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain(title)
})

test('an image uploaded through one instance is shown by the other', async () => {
  const auth = await apiLogin(first.url, admin.email, admin.password)
  const image = fs.readFileSync(path.join(PROJECT_DIR, 'public/og-default.png'))
  const form = new FormData()
  form.append('file', new Blob([image], { type: 'image/png' }), 'zwei-server.png')
  form.append('_payload', JSON.stringify({ alt: 'Logo des Verbunds' }))
  const uploaded = await fetch(`${first.url}/api/media`, { method: 'POST', headers: auth, body: form })
  expect(uploaded.status).toBe(201)
  const { doc: media } = (await uploaded.json()) as { doc: { id: number; url: string } }

  const title = `Mit Bild ${Date.now()}`
  const created = await fetch(`${first.url}/api/articles`, json(auth, { title, _status: 'published', heroImage: media.id }))
  const { doc } = (await created.json()) as { doc: { slug: string } }
  const html = await (await fetch(`${second.url}/aktuelles/nachrichten/${doc.slug}`)).text()
  const sources = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((src) => src.includes('/api/media/file/'))
  expect(sources.length).toBeGreaterThan(0)
  // Payload writes absolute addresses with NEXT_PUBLIC_SERVER_URL (each test instance has its own): ask the other instance.
  const onSecond = (url: string) => `${second.url}${new URL(url, second.url).pathname}`
  for (const src of sources) {
    const answer = await fetch(onSecond(src))
    expect(answer.status, src).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^image\//)
  }
  // The original, byte for byte, from the other instance.
  expect(sha256(Buffer.from(await (await fetch(onSecond(media.url))).arrayBuffer()))).toBe(sha256(image))
  expect(fs.existsSync(env.MEDIA_DIR) ? fs.readdirSync(env.MEDIA_DIR) : []).toEqual([])
})

test('migo sent from the admin of one instance is delivered by the worker in a third process', async () => {
  const auth = await apiLogin(first.url, admin.email, admin.password)
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 })
  const readers = await insertSubscribers(pool, `mehrere-server-${Date.now()}`, 5)
  await pool.end()
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })
  const created = await fetch(
    `${first.url}/api/newsletter-issues`,
    json(auth, {
      _status: 'published',
      issueNumber: 900,
      month: '2026-12-01T12:00:00.000Z',
      title: 'Ausgabe von zwei Servern',
      slug: `zwei-server-${Date.now()}`,
      editorial: { root: { type: 'root', version: 1, children: [paragraph('Willkommen.')] } },
      sections: [{ topic: 'bildung', items: [{ headline: 'Kurse', text: 'Neue Kurse im Januar.' }] }],
    }),
  )
  expect(created.status).toBe(201)
  const { doc: issue } = (await created.json()) as { doc: { id: number } }
  const before = sink.received.length
  const send = await fetch(`${first.url}/api/newsletter-issues/${issue.id}/send`, { method: 'POST', headers: auth })
  expect(send.status).toBeLessThan(300)
  const deliveredToReaders = () => sink.received.slice(before).flatMap((mail) => mail.to).filter((to) => readers.includes(to)).sort()
  await expect.poll(deliveredToReaders, { timeout: 60_000, intervals: [250] }).toEqual([...readers].sort())
})
