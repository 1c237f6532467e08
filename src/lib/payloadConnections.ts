/**
 * Ending Payload's database connections before a process stops: whatever is
 * left open when PostgreSQL stops is cut off ("terminating connection due to
 * administrator command" in its log), which `npm start` does right after.
 */
import type { Pool } from 'pg'
import type { Payload } from 'payload'

/** Longer than ending a few idle connections takes; a connection stuck in a query is not waited for. */
const END_WAIT_MS = 2000

/** The pg pool of Payload's PostgreSQL adapter (not part of the adapter's typed interface). */
export const payloadPool = (payload: Payload): Pool | undefined => (payload.db as unknown as { pool?: Pool }).pool

/** Ends the pool of Payload's database adapter, the client the adapter keeps checked out included. */
export async function endPayloadPool(payload: Payload): Promise<void> {
  const pool = payloadPool(payload)
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  const checkedOut = (pool as unknown as { _clients?: { end: () => Promise<void> }[] })._clients ?? []
  const ended = Promise.allSettled([pool.end(), ...checkedOut.map((client) => client.end())])
  // Not unref'd: with everything else closed, the process would otherwise end before its caller finishes.
  let timer: NodeJS.Timeout | undefined
  await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, END_WAIT_MS)))])
  clearTimeout(timer)
}

/** Ends the connections of every Payload instance this process loaded through getPayload (Next's routes do). */
export async function endCachedPayloadPools(): Promise<void> {
  const cached = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  await Promise.all([...(cached?.values() ?? [])].map(({ payload }) => (payload ? endPayloadPool(payload) : undefined)))
}
