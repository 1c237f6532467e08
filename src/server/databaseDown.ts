/**
 * What readers and editors get while PostgreSQL cannot be reached (stopped,
 * frozen, unreachable): a clear 503 with Retry-After within a few seconds,
 * never a request that hangs. Cached public pages are served before this is
 * asked at all.
 *
 * - A probe (its own connection, `select 1`, 1 s limit) decides whether the
 *   database answers. While it does not, the probe repeats every second, and
 *   every request that would need the database is answered 503 at once: a
 *   German page for pages and the admin, a German JSON error for the API.
 * - A request already on its way when the database stops: a read that has not
 *   answered after READ_DEADLINE_MS, or any answer of 500 and more (or 401/403:
 *   Payload cannot look up a logged-in user without the database and refuses
 *   as if nobody were logged in), makes the probe run; if the database is
 *   down, the reader gets the 503 instead. So does a 5xx within a few seconds
 *   of a lost connection (a restart, pg_terminate_backend): a write cut off
 *   with its connection was rolled back, and the editor should simply save
 *   again, not see a server error. A
 *   write is never answered before Next has finished with it (it might still
 *   commit), only its 5xx is turned into the clear 503.
 * - The page cache keeps serving while the change listener is cut off because
 *   the database is down (nothing can change then); if the database answers
 *   and the listener is still cut off, changes could be missed, so the cache
 *   is switched off until the listener is back (see trackListener).
 */
import { ServerResponse, type IncomingMessage } from 'node:http'

import { connectionLostWithin, ResilientPool } from '../lib/resilientPg'
import { simplePage } from '../lib/simplePage'
import { baseSecurityHeaders } from './securityHeaders'

/** A 5xx this soon after a lost database connection is put down to the loss. */
const LOSS_WINDOW_MS = 10_000
/** A read that has not started its answer by then is checked against the database (the answer must come within 5 s). */
export const READ_DEADLINE_MS = 1500
const PROBE_TIMEOUT_MS = 1000
const REPROBE_MS = 1000
export const RETRY_AFTER_SECONDS = 15

export const DATABASE_DOWN_PAGE = Buffer.from(
  simplePage(
    'Die Seite ist gleich wieder da',
    '<p>Unsere Datenbank ist gerade nicht erreichbar, deshalb kann diese Seite im Moment nicht angezeigt werden. ' +
      'Bitte versuchen Sie es in einer Minute noch einmal.</p><p><a href="/">Zur Startseite</a></p>',
  ),
)
const DATABASE_DOWN_JSON = Buffer.from(
  JSON.stringify({
    errors: [
      {
        message:
          'Die Datenbank ist gerade nicht erreichbar (oder wurde eben neu gestartet). Die Aktion wurde nicht ausgeführt; bitte versuchen Sie es gleich noch einmal.',
      },
    ],
  }),
)

/** Answers that never need the database: Next's built assets, files from public/, the health check (answers for itself). */
const NEEDS_NO_DATABASE = /^\/(_next\/|api\/health(?:[/?]|$)|[^/?]+\.(?:png|ico|svg|webmanifest|txt)(?:\?|$))/

const KEPT_HEADERS = new Set(Object.keys(baseSecurityHeaders({ https: true })))

const isRead = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD'
const wantsJson = (req: IncomingMessage) => (req.url ?? '').startsWith('/api/') || Boolean(req.headers['next-action'])

type Log = Pick<Console, 'info' | 'warn'>

export function createDatabaseGuard(databaseUrl: string, log: Log = console) {
  const probePool = new ResilientPool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS, application_name: 'evi-health' })
  let up = true
  let probing: Promise<boolean> | null = null
  let reprobe: NodeJS.Timeout | undefined
  let downSince = 0
  let stopped = false

  const setState = (answers: boolean) => {
    if (answers === up) return
    up = answers
    if (!answers) {
      downSince = Date.now()
      log.warn('Database: not answering; requests that need it get 503 until it is back')
      reprobe = setInterval(() => void check(), REPROBE_MS)
      reprobe.unref()
    } else {
      clearInterval(reprobe)
      log.info(`Database: answering again after ${((Date.now() - downSince) / 1000).toFixed(1)} s`)
    }
  }

  /** Asks the database now (one probe at a time); resolves with whether it answered. */
  function check(): Promise<boolean> {
    if (stopped) return Promise.resolve(up)
    probing ??= (probePool.query('select 1') as Promise<unknown>)
      .then(
        () => true,
        () => false,
      )
      .then((answers: boolean) => {
        probing = null
        setState(answers)
        return answers
      })
    return probing
  }

  type Send = (...args: unknown[]) => unknown
  /** The 503 itself, written with the given methods (the response's own, past any wrapper). */
  function send503(req: IncomingMessage, res: ServerResponse, writeHead: Send, end: Send): void {
    const json = wantsJson(req)
    const body = json ? DATABASE_DOWN_JSON : DATABASE_DOWN_PAGE
    // Whatever the app had set goes; the security headers every answer carries stay.
    for (const name of res.getHeaderNames()) if (!KEPT_HEADERS.has(name)) res.removeHeader(name)
    writeHead.call(res, 503, {
      'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'content-length': body.length,
      'retry-after': String(RETRY_AFTER_SECONDS),
      'cache-control': 'no-store',
    })
    end.call(res, req.method === 'HEAD' ? undefined : body)
  }

  /**
   * For an answer already in memory (a page the front server captured): whether
   * its status (a 5xx, or 401/403 from a user lookup that failed) is the
   * database's fault, so the reader should get the 503 instead.
   */
  async function isFault(status: number): Promise<boolean> {
    if (status < 500 && status !== 401 && status !== 403) return false
    const answers = await check()
    return !answers || connectionLostWithin(LOSS_WINDOW_MS)
  }

  /** Answers 503 at once when the database is known to be down; returns whether it did. */
  function answerIfDown(req: IncomingMessage, res: ServerResponse): boolean {
    if (up || NEEDS_NO_DATABASE.test(req.url ?? '/')) return false
    send503(req, res, ServerResponse.prototype.writeHead as Send, ServerResponse.prototype.end as Send)
    return true
  }

  /** Replaces an answer held in memory (or one never given) with the 503. */
  function answerDown(req: IncomingMessage, res: ServerResponse): void {
    send503(req, res, ServerResponse.prototype.writeHead as Send, ServerResponse.prototype.end as Send)
  }

  /**
   * Watches Next's answer (install before any other wrapper, so it sees what
   * is really sent): see the module comment for when it is replaced by a 503.
   */
  function watch(req: IncomingMessage, res: ServerResponse): void {
    if (NEEDS_NO_DATABASE.test(req.url ?? '/')) return
    // Our wrappers stay in place and pass calls on once decided: Next patches some of these methods itself.
    const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
    const forward = (call: keyof typeof original, args: unknown[]) => {
      return (original[call] as (...a: unknown[]) => unknown).apply(res, args)
    }
    let mode: 'waiting' | 'passing' | 'holding' | 'replaced' = 'waiting'
    const held: [keyof typeof original, unknown[]][] = []

    const replace = () => {
      mode = 'replaced'
      clearTimeout(deadline)
      send503(req, res, original.writeHead as Send, original.end as Send)
      // Whatever Next still sends goes nowhere.
      res.setHeader = (() => res) as unknown as typeof res.setHeader
      res.flushHeaders = () => {}
      res.writeHead = (() => res) as unknown as typeof res.writeHead
      res.write = ((...args: unknown[]) => {
        const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
        callback?.()
        return true
      }) as typeof res.write
      res.end = ((...args: unknown[]) => {
        const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
        callback?.()
        return res
      }) as typeof res.end
    }

    const decide = (status: number, call: keyof typeof original, args: unknown[]): unknown => {
      if (mode === 'passing') return forward(call, args)
      if (mode === 'waiting') {
        if (status < 500 && status !== 401 && status !== 403) {
          mode = 'passing'
          clearTimeout(deadline)
          return forward(call, args)
        }
        mode = 'holding'
        clearTimeout(deadline)
        void check().then((answers) => {
          // A refusal or failure right after a lost connection or a timed-out statement is the database's doing
          // (it may answer again by now: a frozen server that thawed meanwhile).
          const lostConnection = connectionLostWithin(LOSS_WINDOW_MS)
          if ((!answers || lostConnection) && !res.headersSent) return replace()
          mode = 'passing'
          for (const [name, heldArgs] of held.splice(0)) {
            // Next writes the head again while it looks unsent (it was held): once sent, a repeat would throw and lose the rest.
            if (name === 'writeHead' && res.headersSent) continue
            try {
              forward(name, heldArgs)
            } catch (error) {
              // One failed call must not keep the rest (the end above all) from the client.
              log.warn(`Database guard: ${name} of a held answer to ${req.method} ${req.url} failed: ${(error as Error).message}`)
            }
          }
        })
      }
      if (mode === 'replaced') return call === 'write' ? true : res
      held.push([call, args])
      return call === 'write' ? true : res
    }

    res.writeHead = ((status: number, ...rest: unknown[]) => decide(status, 'writeHead', [status, ...rest])) as typeof res.writeHead
    res.write = ((...args: unknown[]) => decide(res.statusCode, 'write', args)) as typeof res.write
    res.end = ((...args: unknown[]) => decide(res.statusCode, 'end', args)) as typeof res.end
    res.flushHeaders = () => void decide(res.statusCode, 'flushHeaders', [])

    // Reads only: a write may still commit, so its editor waits for the real outcome.
    const deadline = isRead(req)
      ? setTimeout(() => {
          if (mode !== 'waiting') return
          void check().then((answers) => {
            if (!answers && mode === 'waiting' && !res.headersSent) replace()
          })
        }, READ_DEADLINE_MS)
      : undefined
    res.once('close', () => clearTimeout(deadline))
  }

  /**
   * The change listener's state, with what to do when serving from memory is
   * no longer safe. Cut off while the database is down: keep serving (nothing
   * can change). Cut off while the database answers: `disable` (once).
   */
  let listenerWatch: NodeJS.Timeout | undefined
  function trackListener(listening: boolean, disable: () => void): void {
    clearInterval(listenerWatch)
    if (listening) return
    const decide = () =>
      void check().then((answers) => {
        if (!answers) return
        clearInterval(listenerWatch)
        disable()
      })
    listenerWatch = setInterval(decide, REPROBE_MS)
    listenerWatch.unref()
    decide()
  }

  return {
    isUp: () => up,
    check,
    isFault,
    answerIfDown,
    answerDown,
    watch,
    trackListener,
    async stop() {
      stopped = true
      clearInterval(reprobe)
      clearInterval(listenerWatch)
      await probePool.end().catch(() => {})
    },
  }
}

export type DatabaseGuard = ReturnType<typeof createDatabaseGuard>
