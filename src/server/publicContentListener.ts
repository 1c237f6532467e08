import { randomUUID } from 'node:crypto'

import pg from 'pg'

import { PUBLIC_CONTENT_CHANNEL, type PublicContentChange } from '../cache/channel'

/** Markers this process sends itself (see sync()); never a content change. */
const SYNC_SOURCE = '__sync'
/** Tells this instance's markers from those of others on the same channel. */
const INSTANCE = randomUUID()

type Logger = Pick<Console, 'info' | 'warn' | 'error'>

export type ListenerCallbacks = {
  /** Public content changed somewhere (any instance, any worker): drop what is cached. */
  onChange: (change: PublicContentChange | null) => Promise<void> | void
  /** Whether changes can be heard right now; while they cannot, nothing may be served from memory. */
  onListening: (listening: boolean) => void
}

/**
 * One connection per app instance LISTENs for the notifications that content
 * hooks send on commit. Requests never touch the database for this. When the
 * connection drops, the cache is switched off until it is back (and flushed,
 * since changes may have been missed).
 */
export function listenForPublicContentChanges(databaseUrl: string, callbacks: ListenerCallbacks, log: Logger = console) {
  let client: pg.Client | null = null
  let stopped = false
  let retryDelay = 500
  /** Notifications are handled one after the other, so a sync marker is reached only once every earlier change is handled. */
  let queue: Promise<void> = Promise.resolve()
  const waiting = new Map<string, () => void>()
  let markers = 0

  const connect = async () => {
    if (stopped) return
    const current = new pg.Client({ connectionString: databaseUrl, application_name: 'evi-page-cache', connectionTimeoutMillis: 3000, keepAlive: true })
    client = current
    const lost = (reason: unknown) => {
      if (client !== current) return
      client = null
      callbacks.onListening(false)
      // Nobody waits for a marker that can no longer arrive.
      for (const release of waiting.values()) release()
      waiting.clear()
      if (stopped) return
      log.warn(`Page cache: lost the database connection (${String(reason)}); serving uncached, retrying in ${retryDelay} ms`)
      setTimeout(connect, retryDelay).unref()
      // At most 5 s: while it is cut off and the database answers, the cache stays off (src/server/databaseDown.ts).
      retryDelay = Math.min(retryDelay * 2, 5000)
    }
    current.on('error', lost)
    current.on('end', () => lost('connection ended'))
    current.on('notification', (message) => {
      if (message.channel !== PUBLIC_CONTENT_CHANNEL) return
      let change: PublicContentChange | null = null
      try {
        change = message.payload ? (JSON.parse(message.payload) as PublicContentChange) : null
      } catch {
        // An unreadable message still means "something changed".
      }
      queue = queue.then(async () => {
        if (change?.source === SYNC_SOURCE) {
          waiting.get(change.reason)?.()
          waiting.delete(change.reason)
          return
        }
        await Promise.resolve(callbacks.onChange(change)).catch((error) => log.error('Page cache: refresh failed', error))
      })
    })
    try {
      await current.connect()
      await current.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`)
      retryDelay = 500
      // Anything may have changed while nobody listened.
      await callbacks.onChange(null)
      callbacks.onListening(true)
    } catch (error) {
      lost(error instanceof Error ? error.message : error)
      current.end().catch(() => {})
    }
  }

  void connect()
  return {
    /**
     * Resolves once every change committed before the call has been handled.
     * PostgreSQL delivers notifications in commit order, so our own marker,
     * sent now, arrives after all of them.
     */
    async sync(): Promise<void> {
      const current = client
      if (!current) throw new Error('not listening')
      markers += 1
      const marker = `sync-${INSTANCE}-${markers}`
      const reached = new Promise<void>((resolve) => waiting.set(marker, resolve))
      await current.query('select pg_notify($1, $2)', [PUBLIC_CONTENT_CHANNEL, JSON.stringify({ source: SYNC_SOURCE, reason: marker })])
      await reached
    },
    async stop() {
      stopped = true
      const current = client
      client = null
      callbacks.onListening(false)
      await current?.end().catch(() => {})
    },
  }
}
