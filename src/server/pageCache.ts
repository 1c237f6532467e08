import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'

import { isAffected, type ChangeReach, type PageDependencies } from '../cache/dependencies'
import { writeAnswer, type Answer } from './capturedAnswer'

/**
 * The public pages as finished bytes in memory, in front of Next.js.
 *
 * Why: Next's own cache still routes, reads its cache handler and streams the
 * page through React for every hit; answering a hit here is a map lookup and
 * one write. Correctness rests on two rules: a change of public content drops
 * the pages that show what it touched, in every instance (PostgreSQL NOTIFY,
 * publicContentListener.ts; what a page shows is recorded while it renders,
 * src/cache/dependencies.ts), and a page is not stored when such a change
 * came in while it rendered.
 */

/**
 * A kept page. Bodies of 1 kB and more are kept compressed only: nearly every
 * reader accepts gzip, and a page takes about a fifth of the memory, so the
 * same bound holds five times the pages; the few others get it decompressed.
 */
export type PageEntry = {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
  gzipped: boolean
  etag: string
  /** What the entry holds in memory, counted against the cache's bound. */
  bytes: number
}

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

/** Signed in to the admin: an editor who just changed a page expects to see the change, not the copy from before it. */
export const isSignedIn = (req: IncomingMessage): boolean => /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/** Headers of a rendered answer that must not be replayed to another reader. */
const DROP_HEADERS = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'cache-control', 'etag'])
/** Compressing tiny bodies costs more than it saves. */
const GZIP_MIN_BYTES = 1024

/** Whether a rendered answer may be kept and shown to every reader. */
export const isShareable = (answer: Answer): boolean => answer.status === 200 && !answer.headers['set-cookie']

/** The key, the ETag and the record of what the page shows, roughly. */
const ENTRY_OVERHEAD_BYTES = 512

/**
 * The bytes in memory of their own. zlib hands a small result out as a slice
 * of its 16 kB output buffer, and small Buffers are slices of a shared 8 kB
 * pool: a kept slice keeps all of it alive (the cache held three times its
 * bound in the memory bench).
 */
function ownMemory(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes
  const own = Buffer.allocUnsafeSlow(bytes.length)
  bytes.copy(own)
  return own
}

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
  const gzipped = answer.body.length >= GZIP_MIN_BYTES
  const body = ownMemory(gzipped ? gzipSync(answer.body) : answer.body)
  return {
    status: answer.status,
    headers,
    body,
    gzipped,
    etag: `"${createHash('sha1').update(answer.body).digest('base64url')}"`,
    bytes: body.length + JSON.stringify(headers).length + ENTRY_OVERHEAD_BYTES,
  }
}

/** Sends a kept page: gzip to readers who accept it, 304 to a matching ETag, no body to HEAD. */
export function sendPageEntry(entry: PageEntry, req: IncomingMessage, res: ServerResponse, extraHeaders: OutgoingHttpHeaders = {}): void {
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag, ...extraHeaders }
  if (req.headers['if-none-match'] === entry.etag) return writeAnswer(res, 304, headers)
  const sendGzip = entry.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  if (sendGzip) headers['content-encoding'] = 'gzip'
  const payload = entry.gzipped && !sendGzip ? gunzipSync(entry.body) : entry.body
  headers['content-length'] = payload.length
  writeAnswer(res, entry.status, headers, req.method === 'HEAD' ? undefined : payload)
}

export type PageCacheOptions = { maxBytes: number }

/** `staleSince`: a change touched the page; it is kept only to be served while its new render runs. */
type Stored = { entry: PageEntry; dependencies: PageDependencies | null; staleSince?: number }

const sizeOf = (entry: PageEntry) => entry.bytes
/** A page that recorded nothing shows who knows what: every change drops it. */
const touches = (stored: { dependencies: PageDependencies | null }, change: ChangeReach) =>
  !stored.dependencies || (stored.dependencies.tags.size === 0 && stored.dependencies.ranges.length === 0) || isAffected(stored.dependencies, change)
/** Recent changes, kept to check pages that were rendering while they came in. */
const RECENT_CHANGES = 512
/** A page's copy from before a change is served no longer than this after it (a render that long is stuck). */
export const STALE_LIMIT_MS = 30_000

export class PageCache {
  private entries = new Map<string, Stored>()
  private bytes = 0
  private changeCount = 0
  private recent: { number: number; change: ChangeReach }[] = []
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

  /** Counts the changes heard; a render notes it when it starts (see store). */
  get generation(): number {
    return this.changeCount
  }

  /** Drops every page for good (anything may have changed, withdrawn content too); pages rendering right now will not be stored. */
  clear(): void {
    this.invalidate({ all: true, withdrawn: true })
  }

  /**
   * Drops the pages a change touches; returns how many. Their copies stay
   * for the readers who come while the one new render runs (see stale()),
   * unless the change withdrew content.
   */
  invalidate(change: ChangeReach): number {
    this.changeCount += 1
    this.recent.push({ number: this.changeCount, change })
    if (this.recent.length > RECENT_CHANGES) this.recent.shift()
    let dropped = 0
    const now = Date.now()
    for (const [key, stored] of this.entries) {
      if (!touches(stored, change)) continue
      if (stored.staleSince === undefined) dropped += 1
      if (change.withdrawn) this.remove(key, stored)
      else stored.staleSince ??= now
    }
    return dropped
  }

  private remove(key: string, stored: Stored): void {
    this.entries.delete(key)
    this.bytes -= sizeOf(stored.entry)
  }

  /** The pages held, those kept only as a copy from before a change included. */
  get size(): number {
    return this.entries.size
  }

  /** The searches the kept pages show results of (see narrowSearchReach in searchReach.ts). */
  keptSearches(): string[] {
    const searches = new Set<string>()
    for (const { dependencies } of this.entries.values()) for (const search of dependencies?.searches ?? []) searches.add(search)
    return [...searches]
  }

  /** The cache key (the canonical address, see canonicalUrl.ts), or null when this request must reach Next (drafts, client navigation, non-GET, cache off). */
  keyFor(req: IncomingMessage): string | null {
    if (!this.on || !isPublicPageRequest(req) || isDraftMode(req)) return null
    return req.url ?? '/'
  }

  /** The kept page, marked as most recently used (eviction takes the coldest); none once a change touched it. */
  get(key: string): PageEntry | undefined {
    const stored = this.entries.get(key)
    if (!stored || stored.staleSince !== undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, stored)
    return stored.entry
  }

  /**
   * The page's copy from before the change that touched it, for a reader who
   * comes while its new render runs (the front server decides when), as
   * Next's own stale-while-revalidate does; none after STALE_LIMIT_MS.
   */
  stale(key: string): PageEntry | undefined {
    const stored = this.entries.get(key)
    if (stored?.staleSince === undefined || Date.now() - stored.staleSince > STALE_LIMIT_MS) return undefined
    return stored.entry
  }

  /** Whether a change since `generation` touches a page with these dependencies (its render may show the old state). */
  private changedSince(generation: number, dependencies: PageDependencies | null): boolean {
    if (generation === this.changeCount) return false
    const oldest = this.recent[0]?.number ?? Infinity
    if (generation + 1 < oldest) return true
    return this.recent.some(({ number, change }) => number > generation && touches({ dependencies }, change))
  }

  /**
   * Keeps a page rendered from `generation` on, with what it shows; not when a
   * change since then touches it, nor when it is too large for the cache.
   */
  store(key: string, entry: PageEntry, generation: number, dependencies: PageDependencies | null = null): void {
    if (!this.on || this.changedSince(generation, dependencies)) return
    const size = sizeOf(entry)
    if (size > this.options.maxBytes / 10) return
    const previous = this.entries.get(key)
    if (previous) this.remove(key, previous)
    this.entries.set(key, { entry, dependencies })
    this.bytes += size
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.remove(oldKey, old)
    }
  }
}
