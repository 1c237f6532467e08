/**
 * How migo is sent, from the environment (documented in .env.example):
 * - NEWSLETTER_CONCURRENCY: mails in flight at once (and SMTP connections). It is
 *   also the most recipients that can get a second copy after a hard crash.
 * - NEWSLETTER_RATE_PER_SECOND: at most this many mails per second (0: no limit),
 *   for providers that throttle.
 * - NEWSLETTER_MAX_ATTEMPTS: tries per recipient before a temporary failure counts as failed.
 * - NEWSLETTER_RETRY_DELAY_MS: wait before the first retry; it doubles with each further try.
 */
export type SendSettings = {
  concurrency: number
  ratePerSecond: number
  maxAttempts: number
  retryDelayMs: number
}

function positiveInteger(name: string, fallback: number, { allowZero = false } = {}): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`${name} must be a whole number ${allowZero ? '>= 0' : '>= 1'}, got "${raw}"`)
  }
  return value
}

export function sendSettings(): SendSettings {
  return {
    concurrency: positiveInteger('NEWSLETTER_CONCURRENCY', 10),
    ratePerSecond: positiveInteger('NEWSLETTER_RATE_PER_SECOND', 0, { allowZero: true }),
    maxAttempts: positiveInteger('NEWSLETTER_MAX_ATTEMPTS', 3),
    retryDelayMs: positiveInteger('NEWSLETTER_RETRY_DELAY_MS', 60_000),
  }
}

/** The jobs queue that sending runs on (see src/jobs/newsletter/worker.ts). */
export const NEWSLETTER_QUEUE = 'newsletter'
export const SEND_TASK = 'sendNewsletterIssue'
