/**
 * Runs the `newsletter` jobs queue: in the web server's process by default
 * (src/instrumentation.ts), or in a process of its own (`npm run worker`,
 * with NEWSLETTER_WORKER=separate for the web servers). Each round it first
 * hands interrupted sends back to the queue, then runs what is queued.
 */
import type { Payload } from 'payload'

import { poolOf } from './deliveries'
import { isBeingSent } from './sendLock'
import { NEWSLETTER_QUEUE, SEND_TASK } from './settings'

/** Shared through globalThis: Next bundles the instrumentation hook and the API routes as separate module copies. */
const KEY = Symbol.for('evi.newsletterWorker')
type Worker = { wake: () => void; stop: () => Promise<void>; signal: AbortSignal }
type WithWorker = typeof globalThis & { [KEY]?: Worker }

/** Queues the sending of an issue (to start no earlier than `waitUntil`). */
export async function queueSend(payload: Payload, issueId: number, waitUntil?: Date): Promise<void> {
  await payload.jobs.queue({ task: SEND_TASK, input: { issue: issueId }, queue: NEWSLETTER_QUEUE, waitUntil })
}

/** After a job that failed for good (its retries spent: database or set-up trouble), wait before the next try. */
const RETRY_AFTER_FAILED_JOB_MS = 60_000

/**
 * Issues left "sending" with nobody holding their send lock were cut off (the
 * process died). Their job may still be marked as processing, which Payload
 * would never pick up again: it is handed back; and where no job is left at
 * all, a new one is queued. sendIssue continues where the records stand.
 */
export async function resumeInterruptedSends(payload: Payload): Promise<number[]> {
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM migo WHERE send_status = 'sending'`)
  const resumed: number[] = []
  for (const { id } of rows) {
    if (await isBeingSent(pool, id)) continue
    const jobsOfIssue = `FROM payload_jobs WHERE task_slug = $1 AND (input->>'issue')::int = $2`
    const openJobs = `${jobsOfIssue} AND completed_at IS NULL AND NOT coalesce(has_error, false)`
    const { rowCount: released } = await pool.query(
      `UPDATE payload_jobs SET processing = false WHERE id IN (SELECT id ${openJobs} AND processing)`,
      [SEND_TASK, id],
    )
    const { rowCount: open } = await pool.query(`SELECT 1 ${openJobs}`, [SEND_TASK, id])
    // A job waiting in the queue (just started, or handed back) needs nothing more.
    if (open && !released) continue
    if (!open) {
      const { rowCount: failedLately } = await pool.query(
        `SELECT 1 ${jobsOfIssue} AND has_error AND updated_at > now() - $3 * interval '1 millisecond'`,
        [SEND_TASK, id, RETRY_AFTER_FAILED_JOB_MS],
      )
      await queueSend(payload, id, failedLately ? new Date(Date.now() + RETRY_AFTER_FAILED_JOB_MS) : undefined)
    }
    resumed.push(id)
  }
  if (resumed.length) payload.logger.warn({ issues: resumed }, 'migo: resuming interrupted sends')
  return resumed
}

/** Starts polling the queue (every `pollMs`, and at once when woken). Idempotent per process. */
export function startNewsletterWorker(payload: Payload, { pollMs = 2000 } = {}): Worker {
  const g = globalThis as WithWorker
  if (g[KEY]) return g[KEY]
  const controller = new AbortController()
  let round: Promise<void> | null = null
  let again = false

  const runRound = async () => {
    try {
      await resumeInterruptedSends(payload)
      await payload.jobs.run({ queue: NEWSLETTER_QUEUE, limit: 5 })
    } catch (error) {
      payload.logger.error({ err: error }, 'migo: the newsletter worker round failed')
    }
  }
  const tick = () => {
    if (controller.signal.aborted) return
    if (round) {
      again = true
      return
    }
    round = runRound().finally(() => {
      round = null
      if (again) {
        again = false
        tick()
      }
    })
  }
  const timer = setInterval(tick, pollMs)
  timer.unref()
  tick()

  const worker: Worker = {
    wake: tick,
    signal: controller.signal,
    stop: async () => {
      clearInterval(timer)
      controller.abort()
      await round
      delete g[KEY]
    },
  }
  g[KEY] = worker
  return worker
}

/** Lets a queued send start now rather than at the next poll (no-op where no worker runs in this process). */
export const wakeNewsletterWorker = () => (globalThis as WithWorker)[KEY]?.wake()

/** Lets a running send finish its batch and stops polling (the web server calls this on SIGTERM). */
export const stopNewsletterWorker = async (): Promise<void> => (globalThis as WithWorker)[KEY]?.stop()

/** Aborted when this process's worker shuts down: a running send stops after its current batch. */
export const workerStopSignal = (): AbortSignal | undefined => (globalThis as WithWorker)[KEY]?.signal
