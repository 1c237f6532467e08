/**
 * Sends one migo issue to every confirmed subscriber; the body of the jobs
 * queue task (sendTask.ts). Safe to run again at any time, after any crash:
 *
 * 1. Only one sender per issue (a PostgreSQL advisory lock, sendLock.ts).
 * 2. A delivery record per subscriber is created up front (unique per issue ×
 *    subscriber), so nobody can be skipped.
 * 3. Records found "sending" were in flight when a sender died: they go out
 *    again, marked uncertain. A sender claims at most `concurrency` records at
 *    a time, so at most that many readers can get a second copy.
 * 4. Batches: claim (→ "sending"), store the readers' link tokens, send (each
 *    in their language, see issueMail.ts), record
 *    the outcomes. An address the server turns down temporarily is retried
 *    later, a bounded number of times; for good (5xx), it fails at once. Each
 *    records its reason. When the server itself fails (login, connection,
 *    outage), the job stops and is retried later; no reader's try is used up.
 */
import type { Payload } from 'payload'

import { MAIL_LANGUAGES } from '@/email/i18n'
import { newToken } from '@/lib/tokens'

import {
  addRecipients,
  claimDue,
  deliveryProgress,
  markInterruptedAsUncertain,
  msUntilNextDue,
  poolOf,
  recordOutcomes,
  storeUnsubscribeTokens,
  type ClaimedDelivery,
  type DeliveryOutcome,
  type DeliveryProgress,
} from './deliveries'
import { loadIssueForMail, prepareIssueMail, type IssueMail } from './issueMail'
import { tryAcquireSendLock } from './sendLock'
import { sendSettings, type SendSettings } from './settings'
import { createThrottle } from './throttle'

export type SendOutcome =
  | { status: 'sent'; progress: DeliveryProgress }
  /** Another process is sending this issue right now. */
  | { status: 'busy' }
  /** The issue is not (or no longer) waiting to be sent. */
  | { status: 'not-sending' }
  /** Asked to stop (worker shutting down): what is left stays pending for the next run. */
  | { status: 'stopped' }

type SmtpError = Error & { responseCode?: number; response?: string; code?: string; command?: string }

/** What went wrong, short enough for the admin's list: the SMTP answer when there is one. */
function reasonOf(error: unknown): string {
  const smtp = error as SmtpError
  return (smtp.response || smtp.message || String(error)).slice(0, 500)
}

/**
 * The server turned this reader's address down (its answer to RCPT TO): for
 * good with 5xx (unknown mailbox), for now with 4xx (mailbox full, greylisting).
 * Anything else — login refused, sender refused, connection lost, server
 * down — is the set-up's problem, not the reader's, and must not use up their tries.
 */
const refusedRecipient = (error: unknown) => (error as SmtpError).command === 'RCPT TO' && typeof (error as SmtpError).responseCode === 'number'

/** Thrown when the SMTP server or connection failed: the job ends and is retried later, nobody's delivery is given up. */
export class SmtpServerProblem extends Error {}

async function deliver(payload: Payload, issueMail: IssueMail, delivery: ClaimedDelivery, token: string, settings: SendSettings): Promise<DeliveryOutcome> {
  const mail = await issueMail.forLanguage(delivery.language)
  const { html, text, headers } = mail.forReader(token)
  try {
    // base64 rather than quoted-printable: half the sender's CPU per mail, and every client reads it.
    await payload.sendEmail({ to: delivery.email, subject: mail.subject, html, text, headers, textEncoding: 'base64' })
    return { id: delivery.id, status: 'sent', error: null, nextAttemptAt: null, serverProblem: false, uncertain: false }
  } catch (error) {
    const reason = reasonOf(error)
    payload.logger.warn({ delivery: delivery.id, attempt: delivery.attempts, reason }, 'migo: a mail was not accepted')
    if (!refusedRecipient(error)) {
      // Without any answer after the connection stood, the server may have taken the mail: sending again may duplicate it.
      const smtp = error as SmtpError
      const uncertain = smtp.responseCode === undefined && smtp.command !== 'CONN'
      return { id: delivery.id, status: 'pending', error: reason, nextAttemptAt: null, serverProblem: true, uncertain }
    }
    const permanent = (error as SmtpError).responseCode! >= 500
    if (permanent || delivery.attempts >= settings.maxAttempts) {
      return { id: delivery.id, status: 'failed', error: reason, nextAttemptAt: null, serverProblem: false, uncertain: false }
    }
    const backoff = settings.retryDelayMs * 2 ** (delivery.attempts - 1)
    return { id: delivery.id, status: 'pending', error: reason, nextAttemptAt: new Date(Date.now() + backoff), serverProblem: false, uncertain: false }
  }
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

export async function sendIssue(
  payload: Payload,
  issueId: number,
  { settings = sendSettings(), signal }: { settings?: SendSettings; signal?: AbortSignal } = {},
): Promise<SendOutcome> {
  const pool = poolOf(payload)
  const lock = await tryAcquireSendLock(pool, issueId)
  if (!lock) return { status: 'busy' }
  try {
    const issue = await loadIssueForMail(payload, issueId)
    if (issue.sendStatus !== 'sending') return { status: 'not-sending' }
    const mail = prepareIssueMail(payload, issue)
    // Every language's mail is rendered once, before any record is claimed: a template that fails stops the job here.
    await Promise.all(MAIL_LANGUAGES.map((language) => mail.forLanguage(language)))
    const added = await addRecipients(pool, issueId)
    const uncertain = await markInterruptedAsUncertain(pool, issueId)
    payload.logger.info({ issue: issueId, added, uncertain }, 'migo: sending')

    const throttle = createThrottle(settings.ratePerSecond)
    while (!signal?.aborted) {
      await throttle.ready()
      const batch = await claimDue(pool, issueId, settings.concurrency)
      if (batch.length === 0) {
        const wait = await msUntilNextDue(pool, issueId)
        if (wait === null) break
        await pause(Math.max(wait, 50), signal)
        continue
      }
      throttle.spent(batch.length)
      const tokens = batch.map((delivery) => ({ delivery, ...newToken() }))
      await storeUnsubscribeTokens(pool, tokens.map(({ delivery, hash }) => ({ subscriberId: delivery.subscriberId, hash })))
      const outcomes = await Promise.all(tokens.map(({ delivery, token }) => deliver(payload, mail, delivery, token, settings)))
      await recordOutcomes(pool, outcomes)
      const problem = outcomes.find((outcome) => outcome.serverProblem)
      if (problem) throw new SmtpServerProblem(`migo: the SMTP server failed, sending stops and is retried later: ${problem.error}`)
    }
    if (signal?.aborted) return { status: 'stopped' }

    await payload.update({
      collection: 'newsletter-issues',
      id: issueId,
      data: { sendStatus: 'sent', sentAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    const progress = await deliveryProgress(pool, issueId)
    payload.logger.info({ issue: issueId, ...progress }, 'migo: issue sent')
    return { status: 'sent', progress }
  } finally {
    await lock.release()
  }
}
