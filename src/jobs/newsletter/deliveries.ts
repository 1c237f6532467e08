/**
 * The delivery records of one issue (collection `newsletter-deliveries`,
 * table `deliveries`), kept by the sender in a few set-based statements so
 * that sending 10,000 mails costs a few hundred queries, not tens of thousands
 * of Local API calls. Every state change is one statement, so a crash at any
 * point leaves each record either before or after it.
 */
import type { DeliveryStatus } from '@/collections/NewsletterDeliveries'
import { mailLanguageOf, type MailLanguage } from '@/email/i18n'
import type { Pool } from '@/lib/databasePool'

export { poolOf, type Pool } from '@/lib/databasePool'

export type ClaimedDelivery = { id: number; subscriberId: number; email: string; attempts: number; language: MailLanguage }
export type DeliveryOutcome = {
  id: number
  status: Extract<DeliveryStatus, 'sent' | 'pending' | 'failed'>
  error: string | null
  nextAttemptAt: Date | null
  /** The server or connection failed, not the address: the try does not count. */
  serverProblem: boolean
  /** The mail may have been taken in spite of the error: a second copy is possible. */
  uncertain: boolean
}
export type DeliveryProgress = Record<DeliveryStatus, number> & {
  total: number
  uncertain: number
  /** The newest error of a delivery still waiting (the server down, an address busy): why a send is stuck. */
  lastError: string | null
}

/**
 * One record for every confirmed subscriber who has none for this issue yet.
 * Idempotent (the unique index decides), so a resumed send adds only readers
 * who confirmed in the meantime.
 */
export async function addRecipients(pool: Pool, issueId: number): Promise<number> {
  const { rowCount } = await pool.query(
    `INSERT INTO deliveries (issue_id, subscriber_id, email, status, attempts)
     SELECT $1, s.id, s.email, 'pending', 0 FROM subscribers s WHERE s.status = 'confirmed'
     ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
    [issueId],
  )
  return rowCount ?? 0
}

/**
 * Records still "sending" belong to a sender that stopped abruptly (the caller
 * holds the issue's send lock, so no live sender owns them): the mail may or
 * may not have left. They are sent again, and marked uncertain.
 */
export async function markInterruptedAsUncertain(pool: Pool, issueId: number): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE deliveries SET status = 'pending', uncertain = true, updated_at = now() WHERE issue_id = $1 AND status = 'sending'`,
    [issueId],
  )
  return rowCount ?? 0
}

/**
 * Takes the next due records (at most `limit`) and marks them "sending" in one
 * statement, before any mail leaves. A subscriber who unsubscribed (or was
 * deleted) meanwhile is skipped instead and gets nothing. Each comes with the
 * language its reader chose (as it is at this moment).
 */
export async function claimDue(pool: Pool, issueId: number, limit: number): Promise<ClaimedDelivery[]> {
  const { rows } = await pool.query<{ id: number; subscriber_id: number; email: string; attempts: string; status: DeliveryStatus; language: string | null }>(
    `WITH due AS (
       SELECT d.id, (s.status IS NOT DISTINCT FROM 'confirmed') AS still_subscribed, s.language
       FROM deliveries d LEFT JOIN subscribers s ON s.id = d.subscriber_id
       WHERE d.issue_id = $1 AND d.status = 'pending' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= now())
       ORDER BY d.id LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
     UPDATE deliveries d
     SET status = CASE WHEN due.still_subscribed THEN 'sending' ELSE 'skipped' END::enum_deliveries_status,
         attempts = d.attempts + CASE WHEN due.still_subscribed THEN 1 ELSE 0 END,
         updated_at = now()
     FROM due WHERE d.id = due.id
     RETURNING d.id, d.subscriber_id, d.email, d.attempts, d.status, due.language`,
    [issueId, limit],
  )
  return rows
    .filter((row) => row.status === 'sending')
    .map((row) => ({
      id: row.id,
      subscriberId: row.subscriber_id,
      email: row.email,
      attempts: Number(row.attempts),
      language: mailLanguageOf(row.language),
    }))
}

/** Writes the outcome of a batch in one statement. */
export async function recordOutcomes(pool: Pool, outcomes: DeliveryOutcome[]): Promise<void> {
  if (outcomes.length === 0) return
  await pool.query(
    `UPDATE deliveries d
     SET status = o.status::enum_deliveries_status,
         sent_at = CASE WHEN o.status = 'sent' THEN now() ELSE d.sent_at END,
         last_error = COALESCE(o.error, CASE WHEN o.status = 'sent' THEN NULL ELSE d.last_error END),
         next_attempt_at = o.next_attempt_at,
         attempts = d.attempts - CASE WHEN o.server_problem THEN 1 ELSE 0 END,
         uncertain = d.uncertain OR o.uncertain,
         updated_at = now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[], $5::bool[], $6::bool[])
       AS o(id, status, error, next_attempt_at, server_problem, uncertain)
     WHERE d.id = o.id`,
    [
      outcomes.map((o) => o.id),
      outcomes.map((o) => o.status),
      outcomes.map((o) => o.error),
      outcomes.map((o) => o.nextAttemptAt),
      outcomes.map((o) => o.serverProblem),
      outcomes.map((o) => o.uncertain),
    ],
  )
}

/** How long until the next retry is due; null when nothing is left to send. */
export async function msUntilNextDue(pool: Pool, issueId: number): Promise<number | null> {
  const { rows } = await pool.query<{ wait_ms: string | null; pending: string }>(
    `SELECT count(*) AS pending, GREATEST(0, EXTRACT(EPOCH FROM (min(next_attempt_at) - now())) * 1000) AS wait_ms
     FROM deliveries WHERE issue_id = $1 AND status = 'pending'`,
    [issueId],
  )
  if (Number(rows[0].pending) === 0) return null
  return Math.ceil(Number(rows[0].wait_ms ?? 0))
}

/** Counts per status, for the progress bar in the admin. */
export async function deliveryProgress(pool: Pool, issueId: number): Promise<DeliveryProgress> {
  const { rows } = await pool.query<{ status: DeliveryStatus; count: string; uncertain: string }>(
    `SELECT status, count(*) AS count, count(*) FILTER (WHERE uncertain) AS uncertain FROM deliveries WHERE issue_id = $1 GROUP BY status`,
    [issueId],
  )
  const { rows: waiting } = await pool.query<{ last_error: string }>(
    `SELECT last_error FROM deliveries WHERE issue_id = $1 AND status = 'pending' AND last_error IS NOT NULL ORDER BY updated_at DESC LIMIT 1`,
    [issueId],
  )
  const progress: DeliveryProgress = { pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0, total: 0, uncertain: 0, lastError: waiting[0]?.last_error ?? null }
  for (const row of rows) {
    progress[row.status] = Number(row.count)
    progress.total += Number(row.count)
    progress.uncertain += Number(row.uncertain)
  }
  return progress
}

/**
 * Stores the hashes of this batch's unsubscribe tokens in one statement, before
 * the mails leave: a link that is out there always works.
 */
export async function storeUnsubscribeTokens(pool: Pool, tokens: { subscriberId: number; hash: string }[]): Promise<void> {
  if (tokens.length === 0) return
  // Joined with the subscribers: one deleted a moment ago gets no token (the link in their mail then says it is no longer valid).
  await pool.query(
    `INSERT INTO unsub_tokens (token_hash, subscriber_id)
     SELECT t.hash, t.subscriber_id FROM unnest($1::text[], $2::int[]) AS t(hash, subscriber_id) JOIN subscribers s ON s.id = t.subscriber_id`,
    [tokens.map((t) => t.hash), tokens.map((t) => t.subscriberId)],
  )
}
