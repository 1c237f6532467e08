/**
 * The sending part of the bench: 10,000 confirmed subscribers, one migo issue
 * (the newest demo issue, set back to "sending"), the migo worker in its own
 * process (the tests' startWorker: node itself runs `npm run worker`'s script,
 * so its PID is the sender) and the test SMTP sink in count-only mode. Measures messages per
 * second (first to last mail received) and the sender's resident memory,
 * sampled every 100 ms: its peak, and how it grows from a quarter of the send
 * to the end (flat = no growth with the number of mails).
 */
import fs from 'node:fs'

import pg from 'pg'

import { insertSubscribers, startWorker } from '../tests/helpers/newsletter'
import { smtpEnvironment, spawnSmtpSink } from '../tests/helpers/smtpSink'
import type { Cleanup } from './cleanup'
import { formatTable, verdict } from './report'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 10_000)
const TARGET_PER_SECOND = 200
const TARGET_PEAK_MB = 500
/** Growth allowed between a quarter of the send and its end: buffers and caches settle, a leak keeps growing. */
const FLAT_GROWTH_MB = 50
const log = (line: string) => console.log(`· ${line}`)

type Sink = { port: number; count: () => number; firstAt: () => number; lastAt: () => number }

/** The test SMTP sink in count-only mode: the bench needs arrival times, not the messages. */
async function startCountingSink(cleanup: Cleanup): Promise<Sink> {
  let count = 0
  let firstAt = 0
  let lastAt = 0
  const { port, stop } = await spawnSmtpSink({ SMTP_SINK_COUNT_ONLY: '1' }, () => {
    count += 1
    lastAt = Date.now()
    if (count === 1) firstAt = lastAt
  })
  cleanup.add('stop the SMTP sink', stop)
  return { port, count: () => count, firstAt: () => firstAt, lastAt: () => lastAt }
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : null
  } catch {
    return null
  }
}

export async function benchSending(cleanup: Cleanup, env: Record<string, string>): Promise<boolean> {
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 })
  cleanup.add('close the bench database pool', () => db.end())
  await insertSubscribers(db, 'bench', SUBSCRIBERS)
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM migo WHERE _status = 'published' ORDER BY issue_number DESC LIMIT 1`)
  if (!rows[0]) throw new Error('No published migo issue in the demo content')
  const issueId = rows[0].id
  // The worker resumes any issue left "sending" without a sender: this starts the send as a crash would leave it.
  await db.query(`DELETE FROM deliveries WHERE issue_id = $1`, [issueId])
  await db.query(`UPDATE migo SET send_status = 'sending', sent_at = NULL WHERE id = $1`, [issueId])
  const { rows: confirmed } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM subscribers WHERE status = 'confirmed'`)
  const expected = confirmed[0].n

  const sink = await startCountingSink(cleanup)
  const startedAt = Date.now()
  const worker = await startWorker({ ...env, ...smtpEnvironment(sink) })
  cleanup.add('stop the migo worker', () => void (worker.exitCode === null && worker.kill('SIGKILL')))
  const samples: { at: number; sent: number; rss: number }[] = []
  const deadline = Date.now() + 15 * 60_000
  while (sink.count() < expected) {
    if (worker.exitCode !== null) throw new Error(`the migo worker exited (${worker.exitCode}) after ${sink.count()} mails`)
    if (Date.now() > deadline) throw new Error(`sending timed out after ${sink.count()} of ${expected} mails`)
    const rss = rssMb(worker.pid!)
    if (rss !== null) samples.push({ at: Date.now(), sent: sink.count(), rss })
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const elapsedS = (sink.lastAt() - sink.firstAt()) / 1000
  const perSecond = (expected - 1) / elapsedS
  const { rows: status } = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM deliveries WHERE issue_id = $1 GROUP BY status ORDER BY status`,
    [issueId],
  )
  worker.kill('SIGTERM')

  const peak = Math.max(...samples.map((s) => s.rss))
  const atQuarter = samples.find((s) => s.sent >= expected / 4)?.rss ?? Number.NaN
  const atEnd = samples.at(-1)?.rss ?? Number.NaN
  const growth = atEnd - atQuarter
  const progression = [0.1, 0.25, 0.5, 0.75, 1].map((share) => {
    const sample = samples.find((s) => s.sent >= expected * share) ?? samples.at(-1)
    return `${Math.round(share * 100)} %: ${sample?.rss.toFixed(0)} MB`
  })
  const ratePass = perSecond >= TARGET_PER_SECOND
  const memoryPass = peak < TARGET_PEAK_MB && growth <= FLAT_GROWTH_MB

  console.log(
    `\nSending: ${expected} confirmed subscribers, one issue, the migo worker (concurrency ${env.NEWSLETTER_CONCURRENCY || 10}) over SMTP to the\n` +
      `test sink (count only) on this machine. Rate from the first to the last mail received; start-up (loading Payload,\n` +
      `listing the recipients) took ${((sink.firstAt() - startedAt) / 1000).toFixed(1)} s before the first mail. Deliveries: ${status.map((s) => `${s.status} ${s.n}`).join(', ')}.\n`,
  )
  console.log(
    formatTable(
      ['measure', 'value', 'target', 'result'],
      [
        ['messages per second', perSecond.toFixed(0), `≥ ${TARGET_PER_SECOND}`, verdict(ratePass)],
        ['sender peak memory (RSS)', `${peak.toFixed(0)} MB`, `< ${TARGET_PEAK_MB} MB`, verdict(peak < TARGET_PEAK_MB)],
        ['growth, quarter → end', `${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB`, `≤ +${FLAT_GROWTH_MB} MB (flat)`, verdict(growth <= FLAT_GROWTH_MB)],
      ],
    ),
  )
  console.log(`sender memory over the send: ${progression.join(', ')} (${samples.length} samples, ${elapsedS.toFixed(1)} s)`)
  log(`sending bench done`)
  return ratePass && memoryPass
}
