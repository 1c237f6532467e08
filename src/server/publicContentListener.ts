import pg from 'pg'

import { PUBLIC_CONTENT_CHANNEL, type PublicContentChange } from '../cache/channel'

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

  const connect = async () => {
    if (stopped) return
    const current = new pg.Client({ connectionString: databaseUrl, application_name: 'evi-page-cache' })
    client = current
    const lost = (reason: unknown) => {
      if (client !== current) return
      client = null
      callbacks.onListening(false)
      if (stopped) return
      log.warn(`Page cache: lost the database connection (${String(reason)}); serving uncached, retrying in ${retryDelay} ms`)
      setTimeout(connect, retryDelay).unref()
      retryDelay = Math.min(retryDelay * 2, 30_000)
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
      void Promise.resolve(callbacks.onChange(change)).catch((error) => log.error('Page cache: refresh failed', error))
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
    async stop() {
      stopped = true
      const current = client
      client = null
      callbacks.onListening(false)
      await current?.end().catch(() => {})
    },
  }
}
