/**
 * The PostgreSQL driver as the app uses it (Payload's adapter, the front
 * server, the change listener): `pg` with a Pool that
 *   - never waits for ever: a connection must open within
 *     DATABASE_CONNECT_TIMEOUT_MS (also the longest wait for a free pooled
 *     connection) and a query must answer within DATABASE_QUERY_TIMEOUT_MS
 *     (a frozen server otherwise holds a request, and its connection, for good);
 *   - replaces lost connections without taking the process down: a
 *     connection the server ends is logged as a warning and dropped. pg emits
 *     that as an 'error' event on the connection, which is an uncaught
 *     exception when nobody listens, as for a connection checked out for a
 *     transaction between two statements; every connection gets a listener;
 *   - retries a read once when it failed only because its connection was
 *     ended (server restart, pg_terminate_backend): the read had no effect.
 *     The retry runs on a new connection of its own, since the pool's other
 *     idle connections were most likely ended in the same moment. Writes
 *     and transactions are never retried here; they fail and say so.
 */
import pg from 'pg'

const DEFAULT_CONNECT_TIMEOUT_MS = 3000
const DEFAULT_QUERY_TIMEOUT_MS = 5000

/** SQLSTATEs and socket errors that mean "the connection is gone", not "the statement is wrong". */
const CONNECTION_LOST_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'EPIPE'])
const CONNECTION_LOST_MESSAGES = /Connection terminated|connection is not queryable|terminating connection|Client has encountered a connection error/i

/** pg's own time limits: a query that got no answer, or a connection that could not be made in time. */
const timedOut = (error: unknown) => /Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test((error as Error)?.message ?? '')

export function connectionWasEnded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { code, message } = error as { code?: string; message?: string }
  return (code !== undefined && CONNECTION_LOST_CODES.has(code)) || CONNECTION_LOST_MESSAGES.test(message ?? '')
}

/** A plain read: a SELECT (or a WITH that writes nothing), safe to run twice. */
export function isReadOnlyStatement(text: string): boolean {
  const start = text.trimStart().replace(/^\(+\s*/, '').slice(0, 6).toLowerCase()
  if (start === 'select') return !/\bfor\s+(update|share|no key update|key share)\b/i.test(text)
  if (start.startsWith('with')) return !/\b(insert|update|delete|merge)\b/i.test(text)
  return false
}

const numberFromEnv = (name: string, fallback: number) => {
  const value = process.env[name]
  return value === undefined || value === '' ? fallback : Number(value)
}

/**
 * When a connection was last lost, shared through globalThis: the front server
 * (src/server/databaseDown.ts) and Payload's pool inside Next are separate
 * module copies. A 5xx right after a loss is the loss's doing, and says so.
 */
const LAST_LOSS = Symbol.for('evi.database.lastConnectionLoss')
type WithLoss = typeof globalThis & { [LAST_LOSS]?: number }
const markConnectionLoss = () => ((globalThis as WithLoss)[LAST_LOSS] = Date.now())

/** Whether a database connection was lost within the last `ms`. */
export function connectionLostWithin(ms: number): boolean {
  return Date.now() - ((globalThis as WithLoss)[LAST_LOSS] ?? 0) < ms
}

type Warn = (message: string) => void
let warn: Warn = (message) => console.warn(message)

/** Where warnings go (Payload's logger once it exists). */
export function setDatabaseWarningLog(log: Warn): void {
  warn = log
}

/** How long a query may take before the pool gives up on it (0: no limit). */
export const queryTimeoutMs = (): number => numberFromEnv('DATABASE_QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS)

export class ResilientPool extends pg.Pool {
  constructor(options: pg.PoolConfig = {}) {
    const queryTimeout = queryTimeoutMs()
    super({
      connectionTimeoutMillis: numberFromEnv('DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_CONNECT_TIMEOUT_MS),
      // 0 switches the limit off (scripts such as migrate, whose statements may run long).
      ...(queryTimeout > 0 ? { query_timeout: queryTimeout } : {}),
      ...options,
    })
    this.on('error', (error) => {
      markConnectionLoss()
      warn(`PostgreSQL: an idle connection was lost (${error.message}); it is replaced on the next query`)
    })
    this.on('connect', (client) => {
      client.on('error', (error) => {
        markConnectionLoss()
        if (!this.ending) warn(`PostgreSQL: a connection in use was lost (${error.message}); its statement fails, the connection is replaced`)
      })
    })
  }

  /** Runs one query on a new connection of its own (not from the pool), then closes it. */
  private async onFreshConnection([config, ...rest]: unknown[]): Promise<unknown> {
    // pg stores the first attempt's callback on a query config object (drizzle reuses them); with it
    // still there, the second attempt would resolve to nothing. A copy without it starts afresh.
    const fresh = config && typeof config === 'object' ? { ...(config as object), callback: undefined } : config
    const client = new pg.Client(this.options)
    client.on('error', () => {})
    await client.connect()
    try {
      return await (client.query as (...a: unknown[]) => Promise<unknown>).call(client, fresh, ...rest)
    } finally {
      await client.end().catch(() => {})
    }
  }

  // Overloads as pg declares them; only the promise form (what drizzle and the app use) is retried.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [config] = args
    const callback = args.some((arg) => typeof arg === 'function')
    const text = typeof config === 'string' ? config : typeof config?.text === 'string' ? config.text : ''
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const attempt = () => (super.query as any)(...args)
    if (callback) return attempt()
    // A statement that timed out (the server froze, say) is the database's fault like a lost connection:
    // an answer it spoiled (a refused login, a 5xx) becomes the clear 503 (src/server/databaseDown.ts).
    const run = () =>
      attempt().catch((error: unknown) => {
        if (timedOut(error)) markConnectionLoss()
        throw error
      })
    if (!isReadOnlyStatement(text)) return run()
    return run().catch((error: unknown) => {
      if (!connectionWasEnded(error) || this.ending) throw error
      markConnectionLoss()
      warn(`PostgreSQL: a read failed because its connection was ended (${(error as Error).message}); retrying once`)
      return this.onFreshConnection(args)
    })
  }
}

/** `pg` with the pool above, for Payload's postgres adapter (its `pg` option). */
export const resilientPg: typeof pg = Object.assign(Object.create(pg) as typeof pg, { Pool: ResilientPool })
