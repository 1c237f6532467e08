/**
 * One sender per issue, across processes: a PostgreSQL session advisory lock
 * on a connection held for the whole send. PostgreSQL releases it by itself
 * when the holding process dies (even by `kill -9`, its connection closes), so
 * "the lock is free" means "nobody is sending this issue right now".
 */
import type { Pool } from './deliveries'

/** Lock namespace: "migo" in ASCII, so these locks never meet anyone else's. */
const LOCK_SPACE = 0x6d69676f

export type SendLock = { release: () => Promise<void> }

/** The issue's send lock, or null when another sender holds it. */
export async function tryAcquireSendLock(pool: Pool, issueId: number): Promise<SendLock | null> {
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_SPACE, issueId])
    if (!rows[0].locked) {
      client.release()
      return null
    }
  } catch (error) {
    client.release(error as Error)
    throw error
  }
  return {
    release: async () => {
      try {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, issueId])
        client.release()
      } catch (error) {
        // A broken connection drops the lock with it.
        client.release(error as Error)
      }
    },
  }
}

/** Whether some live process is sending the issue right now. */
export async function isBeingSent(pool: Pool, issueId: number): Promise<boolean> {
  const lock = await tryAcquireSendLock(pool, issueId)
  if (!lock) return true
  await lock.release()
  return false
}
