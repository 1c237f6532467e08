import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

/**
 * Payload's PostgreSQL adapter reports a COMMIT that failed as a success: its
 * transaction wrapper swallows the error (drizzle's beginTransaction and
 * commitTransaction, Payload 3.90). When the connection ends between a write
 * and its commit (PostgreSQL restarting, a failover), the editor was told
 * "saved" for a change that was never stored (database-faults.e2e).
 *
 * Here each commit is checked: the transaction's id is read before, and its
 * status asked of PostgreSQL after (txid_status); anything but "committed"
 * throws, so the request fails instead (a 503 while the database is down).
 * When the database cannot be asked right after the commit (it stopped or
 * froze the moment after), it is asked again until STATUS_PATIENCE_MS: a
 * commit that happened must not be reported as refused either (the editor
 * would save twice), and a restart takes seconds.
 */
export class CommitNotConfirmed extends Error {
  constructor(detail: string) {
    super(`The database did not confirm the commit (${detail})`)
  }
}

type Adapter = PostgresAdapter & { sessions: Record<string, { db: PostgresAdapter['drizzle'] } | undefined> }

/** How long the outcome of a commit is asked for while the database does not answer. */
const STATUS_PATIENCE_MS = 15_000
const STATUS_RETRY_MS = 500

/** The transaction's status as PostgreSQL records it ("committed", "aborted", "in progress"), or why it could not be told. */
async function transactionStatus(adapter: Adapter, xid: string): Promise<string> {
  const giveUpAt = Date.now() + STATUS_PATIENCE_MS
  for (;;) {
    try {
      const { rows } = await adapter.drizzle.execute(sql`select txid_status(${xid}::bigint) as status`)
      return String((rows[0] as { status: unknown }).status)
    } catch (error) {
      if (Date.now() >= giveUpAt) return `unknown: ${(error as Error).message}`
      await new Promise((resolve) => setTimeout(resolve, STATUS_RETRY_MS))
    }
  }
}

function checkCommits(adapter: Adapter): void {
  const commit = adapter.commitTransaction
  adapter.commitTransaction = async function checkedCommit(this: Adapter, incoming) {
    const id = incoming instanceof Promise ? await incoming : incoming
    const session = id ? this.sessions[String(id)] : undefined
    if (!session) return commit.call(this, incoming)
    const xid = await session.db
      .execute(sql`select txid_current()::text as xid`)
      .then(({ rows }) => String((rows[0] as { xid: string }).xid))
      .catch((error: Error) => new CommitNotConfirmed(`no answer before the commit: ${error.message}`))
    if (xid instanceof Error) {
      // Its outcome could not be checked, so it is not committed: rolled back, the failure reported is true. (A
      // frozen database times the query out but keeps the connection: a COMMIT sent after it would still be made.)
      await this.rollbackTransaction(incoming)
      throw xid
    }
    await commit.call(this, incoming)
    const status = await transactionStatus(this, xid)
    if (status !== 'committed') throw new CommitNotConfirmed(`transaction ${xid}: ${status}`)
  } as Adapter['commitTransaction']
}

/** The adapter as Payload's `db` option takes it, with its commits checked. */
export function withCheckedCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (options) => {
      const instance = adapter.init(options)
      checkCommits(instance as unknown as Adapter)
      return instance
    },
  }
}
