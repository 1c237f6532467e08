/**
 * Sending migo, through the real pieces: the send job's code in this process,
 * PostgreSQL, SMTP to a real SMTP server process that refuses two addresses
 * (one for good, one "try later"). The crash case is newsletter-send-crash.
 */
import { createLocalReq, type Endpoint, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createThrottle } from '@/jobs/newsletter/throttle'
import type { SendSettings } from '@/jobs/newsletter/settings'
import type { User } from '@/payload-types'

import { createIssue, insertSubscribers, mailsOfIssue } from '../helpers/newsletter'
import { rawHeader, smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

const REFUSED = 'gibt-es-nicht@beispiel.de'
const BUSY = 'postfach-voll@beispiel.de'
/** Messages to this address are refused as a whole (554 after the data): the server's problem, not the reader's. */
const SERVER_REFUSES = 'server-streikt@beispiel.de'
const sink = await startSmtpSink({
  SMTP_SINK_REJECT: JSON.stringify({ [REFUSED]: 550, [BUSY]: 451 }),
  SMTP_SINK_REJECT_DATA: JSON.stringify([SERVER_REFUSES]),
})
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { sendIssue, SmtpServerProblem } = await import('@/jobs/newsletter/sendIssue')
const { startSending } = await import('@/jobs/newsletter/startSending')
const { addRecipients, poolOf } = await import('@/jobs/newsletter/deliveries')
const unsubscribeRoute = await import('@/app/(frontend)/newsletter/abmelden/route')
const payload: Payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
afterAll(() => db.end())

const SETTINGS: SendSettings = { concurrency: 4, ratePerSecond: 0, maxAttempts: 3, retryDelayMs: 20 }

/** Each test starts from readers of its own: earlier ones leave. */
async function onlyThese(prefix: string, count: number): Promise<string[]> {
  await db.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'confirmed'`)
  return insertSubscribers(db, prefix, count)
}
const deliveriesOf = async (issueId: number) =>
  (await db.query<{ email: string; status: string; attempts: string; last_error: string | null; uncertain: boolean }>(
    'SELECT email, status, attempts, last_error, uncertain FROM deliveries WHERE issue_id = $1 ORDER BY email',
    [issueId],
  )).rows
/** Every mail the sender saw accepted is in `sink.received` (no guessed wait: see smtpSink.ts). */
const settle = () => sink.settle()

async function sentIssue(title: string) {
  const issue = await createIssue(payload, title)
  expect(await startSending(payload, issue.id)).toMatchObject({ ok: true })
  return issue
}

describe('sending an issue', () => {
  it('reaches every confirmed reader once, as HTML for mail clients and as text, both with the way out and the imprint', async () => {
    const readers = await onlyThese('rundbrief', 6)
    const issue = await sentIssue('Was der Winter bringt')
    const outcome = await sendIssue(payload, issue.id, { settings: SETTINGS })
    expect(outcome).toMatchObject({ status: 'sent', progress: { total: 6, sent: 6, failed: 0 } })
    await settle()

    const { mails, perAddress } = mailsOfIssue(sink.received, issue)
    expect([...perAddress.keys()].sort()).toEqual(readers.sort())
    expect([...perAddress.values()].every((count) => count === 1)).toBe(true)
    const mail = mails[0].parsed
    expect(mail.subject).toBe(`migo Nr. ${issue.issueNumber} – Was der Winter bringt`)
    const html = String(mail.html)
    // Table layout with inline styles (React Email), nothing relative that a mail client could not resolve.
    expect(html).toMatch(/<table[^>]+role="presentation"/)
    expect(html).toMatch(/style="[^"]+"/)
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/)
    for (const part of [html, mail.text ?? '']) {
      expect(part).toContain('Liebe Leserinnen und Leser')
      expect(part).toContain('Sprachkurse im Winter')
      expect(part).toContain('Bildung')
      expect(part).toMatch(/\/newsletter\/abmelden\?token=[A-Za-z0-9_-]{43}/)
      expect(part).toContain('Essener Verbund der Immigrantenvereine')
      expect(part).toMatch(/\/impressum/)
      expect(part).toContain(`/migo/${issue.slug}`)
    }
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')

    const stored = await payload.findByID({ collection: 'newsletter-issues', id: issue.id })
    expect(stored.sendStatus).toBe('sent')
    expect(stored.sentAt).toBeTruthy()
  })

  it('records failures with their reason: a refused address at once, a busy one after the bounded retries', async () => {
    const readers = await onlyThese('mit-fehlern', 3)
    await db.query(`INSERT INTO subscribers (email, status) VALUES ($1, 'confirmed'), ($2, 'confirmed')`, [REFUSED, BUSY])
    const issue = await sentIssue('Mit Fehlern')
    const outcome = await sendIssue(payload, issue.id, { settings: SETTINGS })
    expect(outcome).toMatchObject({ status: 'sent', progress: { total: 5, sent: 3, failed: 2 } })

    const records = new Map((await deliveriesOf(issue.id)).map((row) => [row.email, row]))
    expect(records.get(REFUSED)).toMatchObject({ status: 'failed', attempts: '1' })
    expect(records.get(REFUSED)!.last_error).toMatch(/^550 /)
    expect(records.get(BUSY)).toMatchObject({ status: 'failed', attempts: String(SETTINGS.maxAttempts) })
    expect(records.get(BUSY)!.last_error).toMatch(/^451 /)
    for (const reader of readers) expect(records.get(reader)).toMatchObject({ status: 'sent', last_error: null })
  })

  it('when the server itself fails, the send stops to be retried later, and no reader loses a try', async () => {
    const readers = await onlyThese('server-problem', 3)
    await db.query(`INSERT INTO subscribers (email, status) VALUES ($1, 'confirmed')`, [SERVER_REFUSES])
    const issue = await sentIssue('Der Server streikt')
    await expect(sendIssue(payload, issue.id, { settings: SETTINGS })).rejects.toBeInstanceOf(SmtpServerProblem)

    const records = new Map((await deliveriesOf(issue.id)).map((row) => [row.email, row]))
    expect(records.get(SERVER_REFUSES)).toMatchObject({ status: 'pending', attempts: '0', uncertain: false })
    expect(records.get(SERVER_REFUSES)!.last_error).toMatch(/^554 /)
    for (const reader of readers) expect(records.get(reader)?.status).toBe('sent')
    expect((await payload.findByID({ collection: 'newsletter-issues', id: issue.id })).sendStatus).toBe('sending')
  })

  it('the mail leaves out linked articles readers cannot see yet, as the web page does', async () => {
    await onlyThese('entwurf', 1)
    const article = (title: string, status: 'draft' | 'published', publishedAt: Date) =>
      payload.create({
        collection: 'articles',
        draft: status === 'draft',
        data: { title, slug: `${title.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`, _status: status, publishedAt: publishedAt.toISOString() },
      })
    const visible = await article('Öffentlicher Beitrag', 'published', new Date(Date.now() - 60_000))
    const draft = await article('Geheimer Entwurf', 'draft', new Date(Date.now() - 60_000))
    const scheduled = await article('Erst nächste Woche', 'published', new Date(Date.now() + 7 * 86_400_000))
    const issue = await createIssue(payload, 'Mit verlinkten Beiträgen')
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      data: { sections: [{ topic: 'nachrichten', items: [{ article: visible.id }, { article: draft.id }, { article: scheduled.id }] }] },
    })
    expect(await startSending(payload, issue.id)).toMatchObject({ ok: true })
    await sendIssue(payload, issue.id, { settings: SETTINGS })
    await settle()

    const [mail] = mailsOfIssue(sink.received, issue).mails
    for (const part of [String(mail.parsed.html), mail.parsed.text ?? '']) {
      expect(part).toContain('Öffentlicher Beitrag')
      expect(part).toMatch(new RegExp(`https?://[^\\s"]+/aktuelles/nachrichten/${visible.slug}`))
      expect(part).not.toContain('Geheimer Entwurf')
      expect(part).not.toContain('Erst nächste Woche')
    }
  })

  it('an unsubscribed reader gets nothing more, also when they leave while the issue is being sent', async () => {
    const [leaving, staying, leavingMidway] = await onlyThese('abmeldung', 3)
    const first = await sentIssue('Die letzte für manche')
    await sendIssue(payload, first.id, { settings: SETTINGS })
    await settle()
    // The reader uses the unsubscribe button of their mail program (RFC 8058 one-click POST to the mail's link).
    const mail = mailsOfIssue(sink.received, first).mails.find((m) => m.to.includes(leaving))!
    const link = rawHeader(mail.parsed, 'List-Unsubscribe')!.slice(1, -1)
    const answer = await unsubscribeRoute.POST(
      new Request(link, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    )
    expect(answer.status).toBe(200)

    const second = await sentIssue('Die nächste')
    // The send has listed its readers; then the next one leaves before their turn.
    await addRecipients(poolOf(payload), second.id)
    await db.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE email = $1`, [leavingMidway])
    await sendIssue(payload, second.id, { settings: SETTINGS })
    await settle()

    expect([...mailsOfIssue(sink.received, second).perAddress.keys()]).toEqual([staying])
    const records = new Map((await deliveriesOf(second.id)).map((row) => [row.email, row.status]))
    expect(records.has(leaving)).toBe(false)
    expect(records.get(leavingMidway)).toBe('skipped')
  })

  it('one sender per issue: a second one started alongside steps back', async () => {
    await onlyThese('parallel', 20)
    const issue = await sentIssue('Zweimal angestoßen')
    const [a, b] = await Promise.all([sendIssue(payload, issue.id, { settings: SETTINGS }), sendIssue(payload, issue.id, { settings: SETTINGS })])
    expect([a.status, b.status].sort()).toEqual(['busy', 'sent'])
    await settle()
    const { mails } = mailsOfIssue(sink.received, issue)
    expect(mails).toHaveLength(20)
  })
})

describe('the throttle', () => {
  it('keeps the average to the configured mails per second', async () => {
    let now = 0
    const waits: number[] = []
    const throttle = createThrottle(100, { now: () => now, sleep: async (ms) => void waits.push(ms) })
    for (let batch = 0; batch < 5; batch += 1) {
      await throttle.ready()
      now += waits.at(-1) ?? 0
      throttle.spent(10)
    }
    // 10 mails at 100 per second: the next batch 100 ms later.
    expect(waits).toEqual([100, 100, 100, 100])
  })

  it('does not wait without a limit', async () => {
    const waits: number[] = []
    const throttle = createThrottle(0, { sleep: async (ms) => void waits.push(ms) })
    throttle.spent(1000)
    await throttle.ready()
    expect(waits).toEqual([])
  })
})

describe('the admin actions on an issue', () => {
  const endpoints = payload.collections['newsletter-issues'].config.endpoints as Endpoint[]
  const endpoint = (path: string) => endpoints.find((e) => e.path === `/:id/${path}`)!
  // The first account of a fresh database becomes an admin; the roles below must be what they say.
  beforeAll(() => createUser(payload, 'admin', 'Erste Person'))
  async function call(path: string, user: User | null, id: number): Promise<Response> {
    const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
    req.routeParams = { id: String(id) }
    return endpoint(path).handler(req) as Promise<Response>
  }

  it('only staff may preview, test or send', async () => {
    const issue = await createIssue(payload, 'Nur für die Redaktion')
    const organisation = await payload.create({
      collection: 'member-organisations',
      data: { name: 'Kulturverein Test', slug: 'kulturverein-test', status: 'active', _status: 'published' },
    })
    const member = await createUser(payload, 'member', 'Verein', organisation.id)
    expect(member.role).toBe('member')
    for (const user of [null, member]) {
      for (const path of ['email-preview', 'test-send', 'send', 'delivery']) {
        const response = await call(path, user, issue.id)
        expect(response.status, `${user?.role ?? 'anonymous'} ${path}`).toBe(403)
        expect((await response.json()).message).toMatch(/Redaktion/)
      }
    }
    expect((await payload.findByID({ collection: 'newsletter-issues', id: issue.id })).sendStatus).toBe('draft')
  })

  it('an editor previews the mail and sends a test to their own address, readers get nothing', async () => {
    await onlyThese('test-leser', 2)
    const editor = await createUser(payload, 'editor', 'Redakteurin')
    const issue = await createIssue(payload, 'Zum Ausprobieren')
    const preview = await call('email-preview', editor, issue.id)
    expect(preview.status).toBe(200)
    expect(preview.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await preview.text()).toContain('Zum Ausprobieren')

    const before = sink.received.length
    const answer = await call('test-send', editor, issue.id)
    expect(answer.status).toBe(200)
    const [mail] = (await sink.waitForCount(before + 1)).slice(before)
    await settle()
    expect(sink.received.length).toBe(before + 1)
    expect(mail.to).toEqual([editor.email])
    expect(mail.parsed.subject).toBe(`[Test] migo Nr. ${issue.issueNumber} – Zum Ausprobieren`)
    expect((await payload.findByID({ collection: 'newsletter-issues', id: issue.id })).sendStatus).toBe('draft')
  })

  it('sends only a published issue without unpublished changes, and only once', async () => {
    const editor = await createUser(payload, 'editor', 'Versand')
    const issue = await createIssue(payload, 'Einmal und nicht öfter')
    await payload.update({ collection: 'newsletter-issues', id: issue.id, draft: true, data: { title: 'Noch nicht veröffentlicht' } })
    let answer = await call('send', editor, issue.id)
    expect(answer.status).toBe(400)
    expect((await answer.json()).message).toMatch(/unveröffentlichte Änderungen/)

    await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { _status: 'published' } })
    answer = await call('send', editor, issue.id)
    expect(answer.status).toBe(202)
    answer = await call('send', editor, issue.id)
    expect(answer.status).toBe(409)
    expect((await answer.json()).message).toMatch(/bereits versendet/)
    const progress = await (await call('delivery', editor, issue.id)).json()
    expect(progress).toMatchObject({ sendStatus: 'sending' })

    const { rows } = await db.query(`SELECT count(*)::int AS jobs FROM payload_jobs WHERE task_slug = 'sendNewsletterIssue' AND (input->>'issue')::int = $1`, [issue.id])
    expect(rows[0].jobs).toBe(1)
  })

  it('an unknown issue is a German 404', async () => {
    const editor = await createUser(payload, 'editor', 'Suchende')
    const response = await call('send', editor, 999_999)
    expect(response.status).toBe(404)
    expect((await response.json()).message).toMatch(/gibt es nicht/)
  })
})
