import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { writeAnswer, type Answer } from './capturedAnswer'

/**
 * The public pages as finished bytes in memory, in front of Next.js.
 *
 * Why: Next's own cache still routes, reads its cache handler and streams the
 * page through React for every hit; answering a hit here is a map lookup and
 * one write. Correctness rests on two rules: a page is stored only when
 * nothing changed while it rendered (the generation check), and a change of
 * public content drops the pages in every instance (PostgreSQL NOTIFY, see
 * publicContentListener.ts).
 */

export type PageEntry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; gzip: Buffer | null; etag: string }

/**
 * Paths that are not public pages: the admin, the API, previews and Next's own
 * assets, and the newsletter's actions. Those act on every request (confirm,
 * unsubscribe) and answer with a redirect or their own German page; they
 * must never be served from memory, their one-off tokens should not become
 * cache keys, and their 404 is more helpful than the site's general one.
 */
const NOT_PUBLIC = /^\/(admin|api|preview|_next|next|newsletter\/(?:anmelden|bestaetigen|abmelden))([/?]|$)/

/** A reader asking for a public page as HTML (not the admin, the API, assets, or client navigation's flight data). */
export function isPublicPageRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '/'
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (NOT_PUBLIC.test(url) || url.includes('_rsc=')) return false
  return !(req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action'])
}

/** Draft mode (staff preview) must never read or fill the shared cache. */
export const isDraftMode = (req: IncomingMessage): boolean => Boolean(req.headers.cookie?.includes('__prerender_bypass'))

/** Headers of a rendered answer that must not be replayed to another reader. */
const DROP_HEADERS = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'cache-control', 'etag'])
/** Compressing tiny bodies costs more than it saves. */
const GZIP_MIN_BYTES = 1024

/** Whether a rendered answer may be kept and shown to every reader. */
export const isShareable = (answer: Answer): boolean => answer.status === 200 && !answer.headers['set-cookie']

/** Turns a shareable answer into what is kept and served: compressed once, with an ETag. */
export function pageEntry(answer: Answer): PageEntry {
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!DROP_HEADERS.has(name) && value !== undefined) headers[name] = value
  }
  // Readers' browsers check back each time; the answer is a cheap 304 while nothing changed.
  headers['cache-control'] = 'public, max-age=0, must-revalidate'
  const vary = String(headers.vary ?? '')
  headers.vary = /accept-encoding/i.test(vary) ? vary : [vary, 'Accept-Encoding'].filter(Boolean).join(', ')
  return {
    status: answer.status,
    headers,
    body: answer.body,
    gzip: answer.body.length >= GZIP_MIN_BYTES ? gzipSync(answer.body) : null,
    etag: `"${createHash('sha1').update(answer.body).digest('base64url')}"`,
  }
}

/** Sends a kept page: gzip to readers who accept it, 304 to a matching ETag, no body to HEAD. */
export function sendPageEntry(entry: PageEntry, req: IncomingMessage, res: ServerResponse, extraHeaders: OutgoingHttpHeaders = {}): void {
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag, ...extraHeaders }
  if (req.headers['if-none-match'] === entry.etag) return writeAnswer(res, 304, headers)
  const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : null
  if (gzip) headers['content-encoding'] = 'gzip'
  const payload = gzip ?? entry.body
  headers['content-length'] = payload.length
  writeAnswer(res, entry.status, headers, req.method === 'HEAD' ? undefined : payload)
}

export type PageCacheOptions = { maxBytes: number }

const sizeOf = (entry: PageEntry) => entry.body.length + (entry.gzip?.length ?? 0)

export class PageCache {
  private entries = new Map<string, PageEntry>()
  private bytes = 0
  private currentGeneration = 0
  private on = false

  constructor(private readonly options: PageCacheOptions) {}

  /** Serving from memory is only safe while changes can be heard; the listener switches it. */
  setEnabled(enabled: boolean): void {
    this.on = enabled
    if (!enabled) this.clear()
  }

  get enabled(): boolean {
    return this.on
  }

  /** Grows with every change; a page that rendered across a change is not stored. */
  get generation(): number {
    return this.currentGeneration
  }

  /** Drops every page; pages rendering right now will not be stored. */
  clear(): void {
    this.currentGeneration += 1
    this.entries.clear()
    this.bytes = 0
  }

  get size(): number {
    return this.entries.size
  }

  /** The cache key, or null when this request must reach Next (drafts, client navigation, non-GET, cache off). */
  keyFor(req: IncomingMessage): string | null {
    if (!this.on || !isPublicPageRequest(req) || isDraftMode(req)) return null
    return req.url ?? '/'
  }

  /** The kept page, marked as most recently used (eviction takes the coldest). */
  get(key: string): PageEntry | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  /** Keeps a page rendered during `generation`, unless content changed meanwhile or it is too large. */
  store(key: string, entry: PageEntry, generation: number): void {
    if (!this.on || generation !== this.currentGeneration) return
    const size = sizeOf(entry)
    if (size > this.options.maxBytes / 10) return
    const previous = this.entries.get(key)
    if (previous) {
      this.bytes -= sizeOf(previous)
      this.entries.delete(key)
    }
    this.entries.set(key, entry)
    this.bytes += size
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.entries.delete(oldKey)
      this.bytes -= sizeOf(old)
    }
  }
}
