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
import { stopNewsletterWorker } from '../jobs/newsletter/worker'
import { stopCron } from '../jobs/shutdown'
import { registerHealthSource } from '../lib/health'
import { ResilientPool } from '../lib/resilientPg'
import { projectRoot } from '../lib/projectRoot'
import { createDatabaseGuard } from './databaseDown'
import { NOT_FOUND_PATH, replaceErrorPages, sendErrorPage, SERVER_ERROR_PAGE } from './errorPages'
import { PageCache } from './pageCache'
import { listenForPublicContentChanges } from './publicContentListener'
import { handleShutdown } from './shutdown'
import { readSiteState } from './siteState'

const PROJECT_DIR = projectRoot(import.meta.dirname)
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('✖ DATABASE_URL is not set: the server needs PostgreSQL (npm start sets it for the embedded database).')
  process.exit(1)
}
/** Longest wait before the due-date check runs again (setTimeout's limit is about 24 days). */
const MAX_TIMER_MS = 60 * 60 * 1000

const cacheEnabled = process.env.PAGE_CACHE !== 'off'
const cache = new PageCache({ maxBytes: Number(process.env.PAGE_CACHE_MB || 64) * 1024 * 1024 })
const pool = new ResilientPool({ connectionString: databaseUrl, max: 2, application_name: 'evi-front-server' })
/** 503 instead of waiting while PostgreSQL is down (src/server/databaseDown.ts). */
const database = createDatabaseGuard(databaseUrl)
let redirects = new Map<string, string>()
let dueTimer: NodeJS.Timeout | undefined
/** The site's not-found page as rendered by Next, kept until content changes (see errorPages.ts). */
let notFoundPage: Promise<Buffer> | null = null
/** Marks this server's own request for the not-found page (answered 200 to it, 404 to everyone else). */
const INTERNAL = randomUUID()
/** Set after each write request until its changes are handled here (read-your-writes, see below). */
let barrier: Promise<unknown> | null = null

/** Drops every cached page and re-reads redirects and the next due publish date. */
async function refresh(): Promise<void> {
  cache.clear()
  bumpPublicContentVersion()
  notFoundPage = null
  const state = await readSiteState(pool)
  redirects = state.redirects
  clearTimeout(dueTimer)
  if (state.nextDueAt) {
    const wait = Math.max(0, Math.min(state.nextDueAt.getTime() - Date.now() + 50, MAX_TIMER_MS))
    dueTimer = setTimeout(() => void refresh().catch((error) => console.error('Page cache: refresh failed', error)), wait)
    dueTimer.unref()
  }
}

const app = next({ dev: false, dir: PROJECT_DIR, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

let listenerConnected = false
const listener = listenForPublicContentChanges(databaseUrl, {
  onChange: async (change) => {
    await refresh()
    if (change) console.info(`Page cache: dropped after ${change.reason} of ${change.source}${change.id ? ` ${change.id}` : ''}`)
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

function renderNotFoundPage(): Promise<Buffer> {
  notFoundPage ??= fetch(`http://127.0.0.1:${port}${NOT_FOUND_PATH}`, { headers: { 'x-evi-internal': INTERNAL } }).then(async (response) => {
    if (!response.ok) throw new Error(`${NOT_FOUND_PATH} answered ${response.status}`)
    return Buffer.from(await response.arrayBuffer())
  })
  notFoundPage.catch(() => (notFoundPage = null))
  return notFoundPage
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

/**
 * The reader's address for rate limits, passed to the app in a header no
 * client can set: from X-Forwarded-For only behind a trusted proxy (TRUST_PROXY=true).
 */
function clientAddress(req: http.IncomingMessage): string {
  const forwarded = process.env.TRUST_PROXY === 'true' ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : ''
  return forwarded || req.socket.remoteAddress || 'unbekannt'
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const reading = req.method === 'GET' || req.method === 'HEAD'
  if (!reading) {
    res.once('finish', holdReadsUntilWritesAreHeard)
  } else {
    // While the database is down no write can be heard (or have happened): answer at once.
    if (barrier && database.isUp()) await barrier
    const [pathname, query] = (req.url ?? '/').split('?', 2)
    const target = redirects.get(pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname)
    if (target) {
      res.writeHead(301, { location: query ? `${target}?${query}` : target, 'cache-control': 'public, max-age=3600' })
      res.end()
      return
    }
    if (pathname === NOT_FOUND_PATH && req.headers['x-evi-internal'] !== INTERNAL) {
      sendErrorPage(res, 404, await renderNotFoundPage().catch(() => SERVER_ERROR_PAGE), req.method === 'HEAD')
      return
    }
  }
  const key = cache.keyFor(req)
  if (key && cache.serve(key, req, res)) return
  if (database.answerIfDown(req, res)) return
  database.watch(req, res)
  if (key) cache.capture(key, req, res)
  replaceErrorPages(req, res, renderNotFoundPage)
  await handle(req, res)
}

const server = http.createServer((req, res) => {
  req.headers['x-evi-client-ip'] = clientAddress(req)
  answer(req, res).catch((error: unknown) => {
    console.error(`Request failed: ${req.method} ${req.url}`, error)
    if (!res.headersSent) sendErrorPage(res, 500, SERVER_ERROR_PAGE)
    else res.end()
  })
})

server.listen(port, hostname, () => {
  console.info(`> Ready on http://localhost:${port}${cacheEnabled ? '' : ' (page cache off)'}`)
})

const shutdown = handleShutdown(server, {
  // A send in progress records its current batch first, so no mail of it is left uncertain.
  stopJobs: (deadline) => Promise.all([stopNewsletterWorker(), stopCron(deadline)]),
  closeConnections: () => {
    clearTimeout(dueTimer)
    return Promise.allSettled([listener.stop(), pool.end(), database.stop()])
  },
})
registerHealthSource({ database: database.check, listener: () => listenerConnected, stopping: shutdown.stopping })
