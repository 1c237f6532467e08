import { randomBytes } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { collectDependencies, type PageDependencies } from '../cache/dependencies'
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../i18n/locales'
import { escapeMarkup } from '../lib/escapeMarkup'
import { simplePage } from '../lib/simplePage'
import { announcedTooLarge, bodyLimitFor, limitBody, type BodyLimit } from './bodyLimit'
import { canonicalUrl } from './canonicalUrl'
import { captureAnswer, isHtml, silence, writeAnswer, type Answer, type Capture } from './capturedAnswer'
import { READ_DEADLINE_MS, type DatabaseGuard } from './databaseDown'
import { NOT_FOUND_PATH, serverErrorPage } from './errorPages'
import { mapRequestLanguage } from './language'
import { lingerBeforeClosing, LINGER_MS } from './lingeringClose'
import type { RenderLimit } from './renderLimit'
import { isReadableUrl, UNREADABLE_URL_MESSAGE } from './requestUrl'
import { isPublicPageRequest, isShareable, isSignedIn, pageEntry, sendPageEntry, type PageCache, type PageEntry } from './pageCache'
import { adminCsp, applyBaseSecurityHeaders, documentCsp, nonDocumentCsp, type SecurityOptions } from './securityHeaders'

/**
 * The front server's pipeline: every request passes each stage once, in order:
 *
 *   security headers → body limit, lingering close (lingeringClose.ts) → language
 *   (German at today's addresses is rendered under /de: language.ts) → (reads)
 *   read-your-writes barrier, redirects
 *   → public page: cache hit; while a page a change touched renders again, its
 *     copy from before the change; or one render shared by everyone who asks at
 *     the same moment → error page → CSP by the page's own inline-script hashes → store
 *   → anything else: Next, with the CSP of its kind (admin: nonce; HTML: hashes;
 *     the rest: nothing may run)
 *
 * Next is only ever reached through `render`, so the pipeline can be tested
 * with any handler that answers like Next does.
 */

type Logger = Pick<Console, 'info' | 'warn' | 'error'>

export type FrontServerOptions = {
  /** Next's request handler. */
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  cache: PageCache
  security: SecurityOptions
  /** The site's not-found page in a language (rendered by Next, kept until content changes). */
  notFoundPage: (locale: Locale) => Promise<Buffer>
  /** A redirect target for a path (changed slugs), or undefined. */
  redirectFor?: (pathname: string) => string | null | undefined
  /** Resolves when reads may proceed (the changes of a preceding write have been heard), or null. */
  readBarrier?: () => Promise<unknown> | null
  /** Called when a write request has been answered (read-your-writes, see index.ts). */
  afterWrite?: () => void
  /** Marks the server's own request for the not-found page (answered 200 to it, 404 to everyone else). */
  internalToken?: string
  /** While PostgreSQL does not answer: a clear 503 instead of a wait or a 500 (databaseDown.ts). */
  database?: DatabaseGuard
  /** How many public pages render at once (renderLimit.ts); unlimited without. */
  renderLimit?: RenderLimit
  log?: Logger
}

export const TOO_LARGE_MESSAGE = 'Die gesendeten Daten sind zu umfangreich.'

/** A render given up, or an answer replaced, because PostgreSQL does not answer. */
class DatabaseDown extends Error {
  constructor() {
    super('the database does not answer')
  }
}

/** A document with a policy matching its own inline scripts and styles. */
function htmlHeaders(body: Buffer, security: SecurityOptions): OutgoingHttpHeaders {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-store',
    'content-security-policy': documentCsp(body.toString('utf8'), security),
  }
}

/** Sends a complete German error page with its status. */
export function sendHtmlPage(res: ServerResponse, status: number, html: Buffer, security: SecurityOptions, head = false): void {
  writeAnswer(res, status, htmlHeaders(html, security), head ? undefined : html)
}

/** What a page render gives everyone who waited for it: the page to send, and whether it may be kept. */
type Rendered = { entry: PageEntry; shareable: boolean }

export function createFrontServer(options: FrontServerOptions) {
  const { cache, security, log = console } = options
  /** The server's own request (for its not-found page, index.ts), marked with the token only it knows. */
  const isInternal = (req: IncomingMessage) => options.internalToken !== undefined && req.headers['x-evi-internal'] === options.internalToken
  /** Pages being rendered right now, by cache key: later requests wait for the same render. */
  const inFlight = new Map<string, { generation: number; rendered: Promise<Rendered | null> }>()

  /** A refusal before the app: JSON with a German message for the API, a small German page for everything else. */
  function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, title: string, hint = ''): void {
    if ((req.url ?? '').startsWith('/api/')) {
      const body = Buffer.from(JSON.stringify({ errors: [{ message }] }))
      return writeAnswer(res, status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }, body)
    }
    const text = escapeMarkup(hint ? `${message} ${hint}` : message)
    sendHtmlPage(res, status, Buffer.from(simplePage(title, `<p>${text}</p><p><a href="/">Zur Startseite</a></p>`)), security)
  }

  /** Answers a body that grew past its limit: 413; the connection closes soon after. */
  function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: BodyLimit): void {
    const closeLater = () => {
      // The rest of the body is read and dropped meanwhile (bodyLimit.ts); a client that finished sending keeps its connection.
      const timer = setTimeout(() => req.socket.destroy(), LINGER_MS).unref()
      req.once('end', () => clearTimeout(timer))
    }
    const sent = res.headersSent
    silence(res)
    if (res.writableFinished) closeLater()
    else res.once('finish', closeLater)
    if (sent) return
    log.warn(`Refused a request body over ${limit.bytes} bytes: ${req.method} ${req.url}`)
    refuse(req, res, 413, limit.message ?? TOO_LARGE_MESSAGE, 'Zu viele Daten', 'Bitte kürzen Sie Ihre Angaben und versuchen Sie es noch einmal.')
  }

  /** Turns Next's answer to a page into what readers get: the site's error pages, and the page's own CSP. */
  async function finishPage(answer: Answer, locale: Locale): Promise<Answer> {
    const { status } = answer
    let { headers, body } = answer
    if (isHtml(headers['content-type']) && (status === 404 || status >= 500)) {
      // Next renders these as an empty document only script fills in (errorPages.ts); ours come in the reader's language.
      body = status === 404 ? await options.notFoundPage(locale).catch(() => serverErrorPage(locale)) : serverErrorPage(locale)
      headers = { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
      if (status >= 500) log.error(`Page failed with ${status}; sent the German error page`)
    }
    headers = {
      ...headers,
      'content-security-policy': isHtml(headers['content-type']) ? documentCsp(body.toString('utf8'), security) : nonDocumentCsp(security),
    }
    return { status, headers, body }
  }

  /**
   * A render that has not answered after a moment is checked against the
   * database: when it does not answer, the render is given up (its output
   * dropped) and the reader gets the 503 within seconds, not after a time-out.
   */
  function stuckWhileDatabaseDown(capture: Capture): Promise<never> {
    const database = options.database
    if (!database) return new Promise<never>(() => {})
    return new Promise<never>((_, reject) => {
      const check = () =>
        void database.check().then((answers) => {
          if (answers) return
          capture.abort(new DatabaseDown())
          reject(new DatabaseDown())
        })
      const timer = setTimeout(check, READ_DEADLINE_MS).unref()
      void capture.done.finally(() => clearTimeout(timer)).catch(() => {})
    })
  }

  /** A public page render, in its turn (renderLimit.ts), finished for readers; a reader who left while waiting gets none. */
  async function renderPage(
    req: IncomingMessage,
    res: ServerResponse,
    onCapture: (capture: Capture) => void,
    locale: Locale,
  ): Promise<{ answer: Answer; dependencies: PageDependencies }> {
    const render = () => {
      if (res.destroyed) return Promise.reject(new Error('the reader left before the render began'))
      // Found down while this reader waited for a slot: the 503 at once, not a render that would hang.
      if (options.database?.isUp() === false) return Promise.reject(new DatabaseDown())
      return renderPageNow(req, res, onCapture)
    }
    // The server's own request for its not-found page goes first: readers of missing pages wait for it.
    const { answer, dependencies } = await (options.renderLimit ? options.renderLimit.run(render, { urgent: isInternal(req) }) : render())
    // Finished after the slot is free: the not-found page is a render of its own (index.ts asks the server for
    // it), and readers of missing pages holding every slot while they wait for it would wait for ever.
    return { answer: await finishPage(answer, locale), dependencies }
  }

  /** Lets Next render a public page into memory; with what the page recorded it shows. */
  async function renderPageNow(
    req: IncomingMessage,
    res: ServerResponse,
    onCapture: (capture: Capture) => void,
  ): Promise<{ answer: Answer; dependencies: PageDependencies }> {
    // Next renders plain; compression happens once, when the page is kept.
    delete req.headers['accept-encoding']
    const capture = captureAnswer(res)
    onCapture(capture)
    const { result: rendering, dependencies } = collectDependencies(() => options.render(req, res))
    const answer = await Promise.race([
      capture.done,
      // Next resolves only after the answer was sent (by us); resolving before means it never answered.
      rendering.then(() => new Promise<never>((_, reject) => setImmediate(() => reject(new Error('Next ended without an answer'))))),
      stuckWhileDatabaseDown(capture),
    ])
    if (!answer) throw new Error('A page render was let through uncaptured')
    if (options.database && (await options.database.isFault(answer.status))) throw new DatabaseDown()
    return { answer, dependencies }
  }

  async function answerPage(req: IncomingMessage, res: ServerResponse, onCapture: (capture: Capture) => void, locale: Locale): Promise<void> {
    const key = cache.keyFor(req)
    const head = req.method === 'HEAD'
    if (key) {
      const hit = cache.get(key)
      if (hit) return sendPageEntry(hit, req, res, { 'x-page-cache': 'HIT' })
      const pending = inFlight.get(key)
      // A change touched the page and its new render runs: meanwhile readers get the copy from before the
      // change at once instead of queuing behind renders (one reader's render per page, not everyone's wait).
      const stale = pending && !isSignedIn(req) ? cache.stale(key) : undefined
      if (stale) return sendPageEntry(stale, req, res, { 'x-page-cache': 'STALE' })
      // Only a render that started after the last change may be shared: an older one may show old content.
      if (pending && pending.generation === cache.generation) {
        const shared = await pending.rendered
        if (shared?.shareable) return sendPageEntry(shared.entry, req, res)
        // The render could not be shared (it failed, or set a cookie): this reader gets one of their own.
      }
    }
    if (options.database?.answerIfDown(req, res)) return
    if (!key || head) {
      const { answer } = await renderPage(req, res, onCapture, locale)
      return writeAnswer(res, answer.status, { ...answer.headers, 'content-length': answer.body.length }, head ? undefined : answer.body)
    }

    const generation = cache.generation
    const render = renderPage(req, res, onCapture, locale).then(({ answer, dependencies }) => ({
      entry: pageEntry(answer),
      shareable: isShareable(answer),
      dependencies,
    }))
    const flight = { generation, rendered: render.catch(() => null) }
    inFlight.set(key, flight)
    void flight.rendered.then(() => {
      if (inFlight.get(key) === flight) inFlight.delete(key)
    })
    const { entry, shareable, dependencies } = await render
    if (shareable) cache.store(key, entry, generation, dependencies)
    if (process.env.PAGE_CACHE_DEBUG) log.info(`Page cache: rendered ${key}: ${[...dependencies.tags].join(' ')} ${JSON.stringify(dependencies.ranges)}`)
    sendPageEntry(entry, req, res, shareable ? {} : { 'cache-control': 'no-store' })
  }

  /** Admin, API, route handlers, assets: Next answers; HTML answers get the policy of their own inline scripts. */
  async function answerOther(req: IncomingMessage, res: ServerResponse, onCapture: (capture: Capture) => void): Promise<void> {
    const path = (req.url ?? '/').split('?', 1)[0]
    if (options.database?.answerIfDown(req, res)) return
    // Watches what Next sends (before any other wrapper): a 5xx while the database is down becomes the 503.
    options.database?.watch(req, res)
    if (path === '/admin' || path.startsWith('/admin/')) {
      const csp = adminCsp(randomBytes(16).toString('base64'), security)
      // Next takes the nonce from the request's policy and puts it on every script it writes.
      req.headers['content-security-policy'] = csp
      res.setHeader('content-security-policy', csp)
      return options.render(req, res)
    }
    res.setHeader('content-security-policy', nonDocumentCsp(security))
    // The API and Next's assets never answer with a document: they stream (and compress) untouched.
    if (path.startsWith('/api/') || path.startsWith('/_next/')) return options.render(req, res)
    // Route handlers' answers are small; an HTML one needs its hashes, so it must arrive uncompressed.
    delete req.headers['accept-encoding']
    const capture = captureAnswer(res, { onlyHtml: true })
    onCapture(capture)
    const rendering = options.render(req, res)
    const answer = await Promise.race([capture.done, rendering.then(() => capture.done)])
    if (!answer) return void (await rendering)
    if (options.database && (await options.database.isFault(answer.status))) return options.database.answerDown(req, res)
    const finished = { ...answer.headers, 'content-security-policy': documentCsp(answer.body.toString('utf8'), security) }
    writeAnswer(res, answer.status, { ...finished, 'content-length': answer.body.length }, req.method === 'HEAD' ? undefined : answer.body)
  }

  return async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applyBaseSecurityHeaders(res, security)
    lingerBeforeClosing(req, res)

    const limit = bodyLimitFor(req.method, req.url ?? '/')
    let capture: Capture | null = null
    let refused = false
    limitBody(req, limit, () => {
      refused = true
      capture?.abort(new Error('request body too large'))
      refuseTooLarge(req, res, limit)
    })
    // Announced as too large: refused (by limitBody, at once) without reaching the app.
    if (announcedTooLarge(req, limit)) return
    if (!isReadableUrl(req.url ?? '/')) return refuse(req, res, 400, UNREADABLE_URL_MESSAGE, 'Ungültige Adresse')
    const onCapture = (c: Capture) => (capture = c)
    // The address Next renders: German ones under /de; the cache keys the mapped address.
    const language = mapRequestLanguage(req)
    const locale = language.kind === 'page' ? language.locale : DEFAULT_LOCALE

    try {
      const reading = req.method === 'GET' || req.method === 'HEAD'
      if (!reading) {
        // The admin sends data only through its server functions (and the API): a plain POST to one of its
        // pages would be answered with the page while its body is still coming (a 413 could no longer be sent).
        if (/^\/admin(\/|\?|$)/.test(req.url ?? '') && !req.headers['next-action']) {
          return refuse(req, res, 405, 'Diese Adresse nimmt keine Daten entgegen.', 'Nicht erlaubt')
        }
        if (options.afterWrite) res.once('finish', options.afterWrite)
        return await answerOther(req, res, onCapture)
      }
      // While the database is down no write can be heard (or have happened): reads go on at once.
      if (options.database?.isUp() !== false) await options.readBarrier?.()
      const [mapped, query] = (req.url ?? '/').split('?', 2)
      // A changed slug's redirect is kept by its German path and leads on in the reader's language.
      const pathname = language.kind === 'page' ? language.path : mapped
      const moved = options.redirectFor?.(pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname)
      const target = language.kind === 'redirect' ? language.location : moved && localizedPath(moved, locale) + (query ? `?${query}` : '')
      if (target) {
        writeAnswer(res, 301, { location: target, 'cache-control': 'public, max-age=3600' })
        return
      }
      if (pathname === NOT_FOUND_PATH && !isInternal(req)) {
        const page = await options.notFoundPage(locale).catch(() => serverErrorPage(locale))
        return sendHtmlPage(res, 404, page, security, req.method === 'HEAD')
      }
      if (isPublicPageRequest(req)) {
        // The page renders (and is kept) under its canonical address: unknown parameters are dropped.
        req.url = canonicalUrl(req.url ?? '/')
        return await answerPage(req, res, onCapture, locale)
      }
      return await answerOther(req, res, onCapture)
    } catch (error) {
      if (refused) return
      // The reader went away (closed the tab, a load test stopped): Next stops rendering; nobody is left to answer.
      if (res.destroyed && !res.writableFinished) return
      if (error instanceof DatabaseDown && options.database) {
        if (!res.headersSent) options.database.answerDown(req, res)
        return
      }
      log.error(`Request failed: ${req.method} ${req.url}`, error)
      if (res.headersSent) return void res.destroy()
      silence(res)
      if ((req.url ?? '').startsWith('/api/')) {
        const body = Buffer.from(JSON.stringify({ errors: [{ message: 'Ein interner Fehler ist aufgetreten.' }] }))
        return writeAnswer(res, 500, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }, body)
      }
      sendHtmlPage(res, 500, serverErrorPage(locale), security)
    } finally {
      // The body limit's callback lives on with the request (Next may keep it a while): it must not keep the answer.
      capture = null
    }
  }
}
