import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { messagesFor } from '../i18n'
import { localizedPath, type Locale } from '../i18n/locales'
import { escapeMarkup } from '../lib/escapeMarkup'
import { simplePage } from '../lib/simplePage'
import { isPublicPageRequest } from './pageCache'

/**
 * Next renders `notFound()` and server errors in apps with several root
 * layouts (ours: the site and the admin) as an empty `__next_error__`
 * document that only script fills in (vercel/next.js#59180): readers without
 * script, crawlers, and screen readers before hydration get a blank page.
 * For public pages the front server therefore sends, with the same status,
 * the site's own not-found page (a normal route, rendered with layout and
 * menu) for a 404, and a small German page for a server error.
 */
export const NOT_FOUND_PATH = '/seite-nicht-gefunden'

const serverErrorPages = new Map<Locale, Buffer>()

/** The small page sent for a server error, in the reader's language (src/i18n/<lang>.ts, `error`). */
export function serverErrorPage(locale: Locale): Buffer {
  let page = serverErrorPages.get(locale)
  if (!page) {
    const { error, notFound } = messagesFor(locale)
    const body = `<p>${escapeMarkup(error.text)}</p><p><a href="${localizedPath('/', locale)}">${escapeMarkup(notFound.home)}</a></p>`
    serverErrorPages.set(locale, (page = Buffer.from(simplePage(error.title, body, locale))))
  }
  return page
}

const isHtml = (type: unknown) => String(type ?? '').startsWith('text/html')

/** Sends an error page as the complete answer. */
export function sendErrorPage(res: ServerResponse, status: number, html: Buffer, head = false): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length, 'cache-control': 'no-store' })
  res.end(head ? undefined : html)
}

/**
 * Watches Next's answer to a public page request; when it turns out to be a
 * 404 or 5xx HTML page, Next's body is dropped and ours is sent instead.
 */
export function replaceErrorPages(req: IncomingMessage, res: ServerResponse, locale: Locale, notFoundPage: () => Promise<Buffer>): void {
  if (!isPublicPageRequest(req)) return
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let decided: 'pass' | 'replace' | null = null
  let status = 200

  const decide = (code: number, headers?: OutgoingHttpHeaders) => {
    if (decided) return
    status = code
    const type = headers?.['content-type'] ?? res.getHeader('content-type')
    decided = (code === 404 || code >= 500) && isHtml(type) ? 'replace' : 'pass'
  }

  res.writeHead = ((code: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) as OutgoingHttpHeaders | undefined
    decide(code, headers)
    return decided === 'replace' ? res : writeHead(code, ...rest)
  }) as typeof res.writeHead
  res.write = ((...args: unknown[]) => {
    decide(res.statusCode)
    return decided === 'replace' ? true : write(...args)
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    decide(res.statusCode)
    if (decided !== 'replace') return end(...args)
    res.writeHead = writeHead as typeof res.writeHead
    res.end = end as typeof res.end
    const page = status === 404 ? notFoundPage().catch(() => serverErrorPage(locale)) : Promise.resolve(serverErrorPage(locale))
    void page.then((html) => sendErrorPage(res, status, html, req.method === 'HEAD'))
    return res
  }) as typeof res.end
}
