/**
 * Rate limits, kept in PostgreSQL so that they hold across every app instance.
 *
 * Counting is rate-limiter-flexible's PostgreSQL store: one row per counted
 * key in `rate_limit_counters` (created by a migration, never by the library),
 * a fixed window that starts with the key's first attempt. Further attempts,
 * refused ones included, only raise the row's count, so an attacker cannot
 * make the table grow by hammering one key; rows of ended windows are deleted
 * for all keys at once (pruneExpiredCounters). Keys are HMACs of the bucket and
 * the identity: the table never holds an IP or e-mail address (personal data).
 */
import { createHmac } from 'node:crypto'
import { isIPv6 } from 'node:net'

import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { type Pool, poolOf } from './databasePool'

export const RATE_LIMIT_TABLE = 'rate_limit_counters'
/** How often each process deletes the rows of ended windows (on use, never by a timer of its own). */
export const PRUNE_EVERY_MS = 5 * 60 * 1000

/** What is counted and how much of it is allowed: at most `limit` attempts per `windowMs` for each identity. */
export type RateLimit = { bucket: string; limit: number; windowMs: number }

/**
 * An IP address as counted. An IPv6 client usually holds a whole /64 network
 * and can pick a fresh address for every request, so IPv6 addresses count
 * per /64; IPv4-mapped IPv6 addresses count as the IPv4 address they are.
 */
export function addressIdentity(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return `ip:${mapped[1]}`
  if (!isIPv6(address)) return `ip:${address}`
  const [head, tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `ip:${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

export const emailIdentity = (email: string): string => `email:${email.trim().toLowerCase()}`

/** The counter's key: an HMAC under the app's secret, so the table cannot be read back into addresses. */
const keyOf = (payload: Payload, bucket: string, identity: string): string =>
  createHmac('sha256', payload.secret).update(`${bucket}\0${identity}`).digest('hex')

const limiters = new WeakMap<Pool, Map<string, RateLimiterPostgres>>()
const lastPrune = new WeakMap<Pool, number>()

function limiterFor(pool: Pool, { bucket, limit, windowMs }: RateLimit): RateLimiterPostgres {
  let known = limiters.get(pool)
  if (!known) limiters.set(pool, (known = new Map()))
  const id = `${bucket}/${limit}/${windowMs}`
  let limiter = known.get(id)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      // The table is the migration's; the library inserts by column position (key, points, expire).
      tableCreated: true,
      // Pruning is ours (below), for every key at once and without a timer per limiter.
      clearExpiredByTimeout: false,
      keyPrefix: '',
      points: limit,
      duration: windowMs / 1000,
    })
    known.set(id, limiter)
  }
  return limiter
}

/** Deletes the counters of every ended window, whatever their key; returns how many went. */
export async function pruneExpiredCounters(pool: Pool, now = Date.now()): Promise<number> {
  const { rowCount } = await pool.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [now])
  return rowCount ?? 0
}

/** Prunes at most every PRUNE_EVERY_MS per process; a failure is logged and waits for the next turn. */
function pruneWhenDue(payload: Payload, pool: Pool): void {
  const now = Date.now()
  if (now - (lastPrune.get(pool) ?? 0) < PRUNE_EVERY_MS) return
  lastPrune.set(pool, now)
  pruneExpiredCounters(pool, now).catch((error: unknown) => payload.logger.warn({ err: error }, 'Rate limits: pruning expired counters failed'))
}

/**
 * Counts one attempt for every identity (see addressIdentity, emailIdentity)
 * and says whether all stay within the limit. Counting first and checking
 * after means two racing attempts can both be refused at the edge, never both
 * let through. Database errors are thrown: the caller answers them as such.
 */
export async function withinRateLimit(payload: Payload, limit: RateLimit, identities: string[]): Promise<boolean> {
  const pool = poolOf(payload)
  pruneWhenDue(payload, pool)
  const limiter = limiterFor(pool, limit)
  let allowed = true
  for (const identity of new Set(identities.filter(Boolean))) {
    try {
      await limiter.consume(keyOf(payload, limit.bucket, identity))
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      allowed = false
    }
  }
  return allowed
}

/** Takes back one counted attempt of each identity (a login that succeeded does not count against the address). */
export async function forgiveAttempt(payload: Payload, { bucket }: RateLimit, identities: string[]): Promise<void> {
  const keys = [...new Set(identities.filter(Boolean))].map((identity) => keyOf(payload, bucket, identity))
  await poolOf(payload).query(`UPDATE ${RATE_LIMIT_TABLE} SET points = points - 1 WHERE key = ANY($1) AND points > 0 AND expire > $2`, [
    keys,
    Date.now(),
  ])
}

/** Forgets every counted attempt of these identities (the owner of an account proved who they are). */
export async function clearAttempts(payload: Payload, { bucket }: RateLimit, identities: string[]): Promise<void> {
  const keys = [...new Set(identities.filter(Boolean))].map((identity) => keyOf(payload, bucket, identity))
  await poolOf(payload).query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE key = ANY($1)`, [keys])
}
