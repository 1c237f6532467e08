/**
 * The production server: Next.js (public site, admin, API) behind a page cache
 * for public pages, and the redirects of changed slugs answered before Next.
 * Started by `npm start` and `npm run start:prod`; `npm run dev` uses `next dev`.
 */
import 'dotenv/config'

import { randomUUID } from 'node:crypto'
import http from 'node:http'

import next from 'next'

import { bumpPublicContentVersion, forgetPublicContentVersion } from '../cache/contentVersion'
import type { PublicContentChange } from '../cache/channel'
import { reachOfDueArticle, reachOfEndedEvent } from '../cache/invalidation'
import { localizedPath, type Locale } from '../i18n/locales'
import { stopNewsletterWorker } from '../jobs/newsletter/worker'
import { stopCron } from '../jobs/shutdown'
import { registerHealthSource } from '../lib/health'
import { endCachedPayloadPools } from '../lib/payloadConnections'
import { siteIsHttps } from '../lib/paths'
import { projectRoot } from '../lib/projectRoot'
import { ResilientPool } from '../lib/resilientPg'
import { runStartupChecks } from '../lib/startupChecks'
import { clientAddress } from './clientAddress'
import { createDatabaseGuard } from './databaseDown'
import { NOT_FOUND_PATH } from './errorPages'
import { createFrontServer } from './frontServer'
import { PageCache } from './pageCache'
import { listenForPublicContentChanges } from './publicContentListener'
import { compileRedirects } from './redirectRules'
import { createRenderLimit } from './renderLimit'
import { narrowSearchReach } from './searchReach'
import { handleShutdown } from './shutdown'
import { readArticlesDueBetween, readEventsEndedBetween, readSiteState } from './siteState'

const PROJECT_DIR = projectRoot(import.meta.dirname)
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('✖ DATABASE_URL is not set: the server needs PostgreSQL (npm start sets it for the embedded database).')
  process.exit(1)
}
// A missing, short or example PAYLOAD_SECRET stops the server here, in one line (src/lib/secret.ts).
runStartupChecks()
/** Longest wait before the due-date check runs again (setTimeout's limit is about 24 days). */
const MAX_TIMER_MS = 60 * 60 * 1000

const cacheEnabled = process.env.PAGE_CACHE !== 'off'
const cache = new PageCache({ maxBytes: Number(process.env.PAGE_CACHE_MB || 32) * 1024 * 1024 })
/** Public page renders at once (src/server/renderLimit.ts). */
const RENDER_CONCURRENCY = Math.max(1, Number(process.env.RENDER_CONCURRENCY) || 2)
const pool = new ResilientPool({ connectionString: databaseUrl, max: 2, application_name: 'evi-front-server' })
/** 503 instead of waiting while PostgreSQL is down (src/server/databaseDown.ts). */
const database = createDatabaseGuard(databaseUrl)
let redirects = compileRedirects([])
let dueTimer: NodeJS.Timeout | undefined
/** The site's not-found page per language as rendered by Next, kept until content changes (see errorPages.ts). */
const notFoundPages = new Map<Locale, Promise<Buffer>>()
/** Marks this server's own request for the not-found page (answered 200 to it, 404 to everyone else). */
const INTERNAL = randomUUID()
/** Set after each write request until its changes are handled here (read-your-writes, see below). */
let barrier: Promise<unknown> | null = null

/**
 * Drops the cached pages a change touches and tells the app's kept data. A
 * change of searchable content is first narrowed to the searches the document
 * matches (searchReach.ts).
 */
async function drop(change: PublicContentChange): Promise<number> {
  bumpPublicContentVersion(change)
  // The not-found page shows only the menus and settings.
  if (change.all) notFoundPages.clear()
  return cache.invalidate(await narrowSearchReach(change, () => cache.keptSearches(), pool))
}

/** Until when due articles have been announced: the next check starts there. */
let dueCheckedUntil = new Date()

/**
 * Some pages change by time alone, with no write: an article whose publish date
 * has come enters its lists, an event that is over leaves the coming ones.
 * The pages they touch are dropped at that moment.
 */
async function announceChangesByTime(): Promise<void> {
  const now = new Date()
  const [articles, events] = await Promise.all([readArticlesDueBetween(pool, dueCheckedUntil, now), readEventsEndedBetween(pool, dueCheckedUntil, now)])
  dueCheckedUntil = now
  for (const article of articles) {
    const reach = reachOfDueArticle(article)
    if (reach) console.info(`Page cache: dropped ${await drop({ source: 'articles', id: article.id, reason: 'due', ...reach })} pages as article ${article.id} became due`)
  }
  for (const event of events) {
    console.info(`Page cache: dropped ${await drop({ source: 'events', id: event.id, reason: 'ended', ...reachOfEndedEvent(event) })} pages as event ${event.id} ended`)
  }
  await rereadSiteState()
}

/** Re-reads redirects and the next due publish date. */
async function rereadSiteState(): Promise<void> {
  const state = await readSiteState(pool)
  redirects = state.redirects
  clearTimeout(dueTimer)
  if (state.nextDueAt) {
    const wait = Math.max(0, Math.min(state.nextDueAt.getTime() - Date.now() + 50, MAX_TIMER_MS))
    dueTimer = setTimeout(() => void announceChangesByTime().catch((error) => console.error('Page cache: changes by time failed', error)), wait)
    dueTimer.unref()
  }
}

const app = next({ dev: false, dir: PROJECT_DIR, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

let listenerConnected = false
const listener = listenForPublicContentChanges(databaseUrl, {
  onChange: async (change) => {
    // No change: (re)connected, anything may have changed meanwhile. The database answers again: the guard
    // learns it before the cache is emptied (emptied pages got its 503 while it still counted the database down).
    if (!change) await database.check()
    const dropped = await drop(change ?? { source: 'listener', reason: 'connect', all: true, withdrawn: true })
    if (change) console.info(`Page cache: dropped ${dropped} pages after ${change.reason} of ${change.source}${change.id ? ` ${change.id}` : ''}`)
    await rereadSiteState()
  },
  onListening: (listening) => {
    listenerConnected = listening
    if (listening) cache.setEnabled(cacheEnabled)
    // While the database is down nothing can change: cached pages keep being served.
    database.trackListener(listening, () => {
      cache.setEnabled(false)
      forgetPublicContentVersion()
    })
  },
})

/** Longest the site's not-found page may take to render (it is kept afterwards). */
const NOT_FOUND_PAGE_TIMEOUT_MS = 15_000

function renderNotFoundPage(locale: Locale): Promise<Buffer> {
  const path = localizedPath(NOT_FOUND_PATH, locale)
  let page = notFoundPages.get(locale)
  if (!page) {
    // Bounded: a 404 waits for this page; when it does not come, readers get the small error page (frontServer.ts).
    const signal = AbortSignal.timeout(NOT_FOUND_PAGE_TIMEOUT_MS)
    const rendering = fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-evi-internal': INTERNAL }, signal }).then(async (response) => {
      if (!response.ok) throw new Error(`${path} answered ${response.status}`)
      return Buffer.from(await response.arrayBuffer())
    })
    notFoundPages.set(locale, rendering)
    rendering.catch(() => {
      if (notFoundPages.get(locale) === rendering) notFoundPages.delete(locale)
    })
    page = rendering
  }
  return page
}

/** Longest a read waits for the changes of a preceding write to be heard. */
const BARRIER_TIMEOUT_MS = 2000

/**
 * After a write (publish, slug change …) answered by this instance, the
 * writer's next read must show it. Its NOTIFY may not have arrived yet when
 * the answer goes out, so reads wait until a marker sent after the write has
 * come back: by then every change committed before it has been handled.
 */
function holdReadsUntilWritesAreHeard(): void {
  const sync = Promise.race([
    listener.sync().catch(() => {}),
    new Promise((resolve) => setTimeout(resolve, BARRIER_TIMEOUT_MS).unref()),
  ])
  barrier = sync
  void sync.then(() => {
    if (barrier === sync) barrier = null
  })
}

const handleRequest = createFrontServer({
  render: handle,
  cache,
  security: { https: siteIsHttps() },
  notFoundPage: renderNotFoundPage,
  redirectFor: (pathname) => redirects.match(pathname),
  readBarrier: () => barrier,
  afterWrite: holdReadsUntilWritesAreHeard,
  internalToken: INTERNAL,
  database,
  renderLimit: createRenderLimit(RENDER_CONCURRENCY),
})

const server = http.createServer((req, res) => {
  req.headers['x-evi-client-ip'] = clientAddress(req)
  void handleRequest(req, res)
})

server.listen(port, hostname, () => {
  console.info(`> Ready on http://localhost:${port}${cacheEnabled ? '' : ' (page cache off)'}`)
})

const shutdown = handleShutdown(server, {
  // A send in progress records its current batch first, so no mail of it is left uncertain.
  stopJobs: (deadline) => Promise.all([stopNewsletterWorker(), stopCron(deadline)]),
  closeConnections: () => {
    clearTimeout(dueTimer)
    return Promise.allSettled([listener.stop(), pool.end(), database.stop(), endCachedPayloadPools()])
  },
})
registerHealthSource({ database: database.check, listener: () => listenerConnected, stopping: shutdown.stopping })
