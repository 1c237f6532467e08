/**
 * The hard case of sending migo: the worker process is killed with SIGKILL
 * half-way through a send to 200 subscribers, then a new worker resumes. Real
 * parts throughout: the worker is `npm run worker`'s script in its own
 * process, mail goes over SMTP to a real SMTP server process that holds each
 * "250 OK" for 300 ms (so mails are in flight — arrived, but not yet
 * confirmed to the sender — when the kill comes), PostgreSQL keeps the records.
 */
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'

import { hashToken } from '@/lib/tokens'

import { insertSubscribers, createIssue, mailsOfIssue, startWorker, waitUntil } from '../helpers/newsletter'
import { rawHeader, smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'

const sink = await startSmtpSink({ SMTP_SINK_DELAY_MS: '300' })
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { startSending } = await import('@/jobs/newsletter/startSending')
const payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
afterAll(() => db.end())

const CONCURRENCY = 5
const workerEnv = { ...smtpEnvironment(sink), NEWSLETTER_CONCURRENCY: String(CONCURRENCY) }

async function statusCounts(issueId: number): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; count: string }>('SELECT status, count(*) FROM deliveries WHERE issue_id = $1 GROUP BY status', [issueId])
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]))
}

it('a send killed with SIGKILL half-way resumes: everyone gets the issue, second copies only among the uncertain deliveries', async () => {
  const readers = await insertSubscribers(db, 'leserin', 200)
  const [unsubscribed] = await insertSubscribers(db, 'abgemeldet', 1, 'unsubscribed')
  const [unconfirmed] = await insertSubscribers(db, 'unbestaetigt', 1, 'pending')
  const issue = await createIssue(payload, 'Absturz mitten im Versand')
  expect(await startSending(payload, issue.id)).toMatchObject({ ok: true })

  const first = await startWorker(workerEnv)
  await sink.waitForCount(100, 90_000)
  first.kill('SIGKILL')
  await first.exited

  // Cut off mid-flight: some mails were out without an answer; the job is left "processing".
  const atCrash = await statusCounts(issue.id)
  expect(atCrash.sending).toBeGreaterThanOrEqual(1)
  expect(atCrash.sending).toBeLessThanOrEqual(CONCURRENCY)
  expect(atCrash.sent).toBeLessThan(200)
  const { rows: jobs } = await db.query(`SELECT processing FROM payload_jobs WHERE task_slug = 'sendNewsletterIssue' AND completed_at IS NULL`)
  expect(jobs).toEqual([{ processing: true }])

  const second = await startWorker(workerEnv)
  const sendStatus = async () => (await db.query<{ send_status: string }>('SELECT send_status FROM migo WHERE id = $1', [issue.id])).rows[0].send_status
  await waitUntil(async () => (await sendStatus()) === 'sent', 'the resumed send is finished', 120_000)
  second.kill('SIGTERM')
  expect(await second.exited).toBe(0)

  const deliveries = (await db.query<{ email: string; status: string; uncertain: boolean; subscriber_id: number }>(
    'SELECT email, status, uncertain, subscriber_id FROM deliveries WHERE issue_id = $1',
    [issue.id],
  )).rows
  expect(deliveries).toHaveLength(200)
  expect(deliveries.filter((d) => d.status !== 'sent')).toEqual([])
  // Every mail the sender saw accepted has been reported by the sink before its 250: wait until all reports are in.
  await sink.settle()

  const { mails, perAddress } = mailsOfIssue(sink.received, issue)
  const uncertain = new Set(deliveries.filter((d) => d.uncertain).map((d) => d.email))
  const duplicates = [...perAddress].filter(([, count]) => count > 1).map(([address]) => address)
  console.info(`crash test: ${atCrash.sent} sent before the kill, ${uncertain.size} uncertain, ${duplicates.length} received twice, ${mails.length} mails in all`)

  expect([...perAddress.keys()].sort()).toEqual([...readers].sort())
  expect(perAddress.has(unsubscribed)).toBe(false)
  expect(perAddress.has(unconfirmed)).toBe(false)
  expect(duplicates.filter((address) => !uncertain.has(address))).toEqual([])
  expect(Math.max(...perAddress.values())).toBe(2)
  expect(duplicates.length).toBeGreaterThanOrEqual(1)
  expect(uncertain.size).toBeLessThanOrEqual(CONCURRENCY)
  expect(mails).toHaveLength(200 + duplicates.length)

  // Every mail, first copies and second ones alike, carries its reader's own working unsubscribe link.
  const subscriberOf = new Map(deliveries.map((d) => [d.email, d.subscriber_id]))
  for (const mail of mails) {
    const link = /^<(https?:\/\/[^>]+\/newsletter\/abmelden\?token=([A-Za-z0-9_-]{43}))>$/.exec(rawHeader(mail.parsed, 'List-Unsubscribe') ?? '')
    expect(link, 'List-Unsubscribe header').toBeTruthy()
    expect(rawHeader(mail.parsed, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(String(mail.parsed.html)).toContain(link![1])
    expect(mail.parsed.text).toContain(link![1])
    const { rows } = await db.query<{ subscriber_id: number }>('SELECT subscriber_id FROM unsub_tokens WHERE token_hash = $1', [hashToken(link![2])])
    expect(rows[0]?.subscriber_id).toBe(subscriberOf.get(mail.to[0]))
  }
}, 240_000)
