import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

/**
 * The public pages as finished bytes in memory, in front of Next.js.
 *
 * Why: Next's own cache still routes, reads its cache handler and streams the
 * page through React for every hit; answering a hit here is a map lookup and
 * one write, several times less work. Correctness rests on two rules: a page
 * is stored only when nothing changed while it rendered (the generation
 * check), and any change of public content drops every page in every instance
 * (PostgreSQL NOTIFY, see invalidationListener.ts).
 */

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; gzip: Buffer | null; etag: string }

/**
 * Paths that are not public pages: the admin, the API, previews and Next's own
 * assets, and the newsletter's actions. Those act on every request (confirm,
 * unsubscribe) and answer with a redirect or their own German error page; they
 * must never be served from memory, their one-off tokens should not become
 * cache keys, and their 404 is more helpful than the site's general one.
 */
const NOT_PUBLIC = /^\/(admin|api|preview|_next|next|newsletter\/(?:anmelden|bestaetigen|abmelden))([/?]|$)/

/** A reader asking for a public page as HTML (not the admin, the API, assets, or client navigation's flight data). */
export function isPublicPageRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '/'
  if (NOT_PUBLIC.test(url) || url.includes('_rsc=')) return false
  return !(req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action'])
}
/** Headers of the rendered response that must not be replayed to another reader. */
const DROP_HEADERS = ['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'cache-control', 'etag']
/** Compressing tiny bodies costs more than it saves. */
const GZIP_MIN_BYTES = 1024

export type PageCacheOptions = { maxBytes: number }

export class PageCache {
  private entries = new Map<string, Entry>()
  private bytes = 0
  private generation = 0
  private enabled = false

  constructor(private readonly options: PageCacheOptions) {}

  /** Serving from memory is only safe while changes can be heard; the listener switches it. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled
    if (!enabled) this.clear()
  }

  /** Drops every page; pages rendering right now will not be stored. */
  clear(): void {
    this.generation += 1
    this.entries.clear()
    this.bytes = 0
  }

  get size(): number {
    return this.entries.size
  }

  /** The cache key, or null when this request must reach Next (drafts, client navigation, non-GET). */
  keyFor(req: IncomingMessage): string | null {
    if (!this.enabled || (req.method !== 'GET' && req.method !== 'HEAD') || !isPublicPageRequest(req)) return null
    // Draft mode (staff preview) must never read or fill the shared cache.
    if (req.headers.cookie?.includes('__prerender_bypass')) return null
    return req.url ?? '/'
  }

  /** Answers from memory when it can; returns whether it did. */
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.entries.get(key)
    if (!entry) return false
    // Most recently used last, so eviction takes the coldest page.
    this.entries.delete(key)
    this.entries.set(key, entry)

    const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag, 'x-page-cache': 'HIT' }
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers)
      res.end()
      return true
    }
    const body = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : null
    if (body) headers['content-encoding'] = 'gzip'
    const payload = body ?? entry.body
    headers['content-length'] = payload.length
    res.writeHead(entry.status, headers)
    res.end(req.method === 'HEAD' ? undefined : payload)
    return true
  }

  /**
   * Lets Next render the page and keeps a copy of what it sent. Next gets the
   * request without Accept-Encoding so the copy is plain; the hit path compresses.
   */
  capture(key: string, req: IncomingMessage, res: ServerResponse): void {
    const generation = this.generation
    const chunks: Buffer[] = []
    const toBuffer = (chunk: unknown, encoding?: unknown) =>
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array)
    delete req.headers['accept-encoding']
    if (req.method !== 'GET') return

    // Headers given to writeHead directly never show up in getHeaders(): keep them too.
    const headersGiven: OutgoingHttpHeaders = {}
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const given = rest.find((arg) => arg && typeof arg === 'object')
      if (Array.isArray(given)) {
        for (let i = 0; i + 1 < given.length; i += 2) headersGiven[String(given[i]).toLowerCase()] = given[i + 1]
      } else if (given) {
        for (const [name, value] of Object.entries(given)) headersGiven[name.toLowerCase()] = value as OutgoingHttpHeaders[string]
      }
      return writeHead(status, ...rest)
    }) as typeof res.writeHead
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
      return write(chunk, ...rest)
    }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
      return end(chunk, ...rest)
    }) as typeof res.end

    res.on('finish', () => {
      const sent = { ...res.getHeaders(), ...headersGiven }
      if (res.statusCode !== 200 || sent['set-cookie'] || generation !== this.generation) return
      const body = Buffer.concat(chunks)
      const headers: OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(sent)) {
        if (!DROP_HEADERS.includes(name) && value !== undefined) headers[name] = value
      }
      // Readers' browsers check back each time; the answer is a cheap 304 while nothing changed.
      headers['cache-control'] = 'public, max-age=0, must-revalidate'
      const vary = String(headers.vary ?? '')
      headers.vary = /accept-encoding/i.test(vary) ? vary : [vary, 'Accept-Encoding'].filter(Boolean).join(', ')
      this.store(key, {
        status: 200,
        headers,
        body,
        gzip: body.length >= GZIP_MIN_BYTES ? gzipSync(body) : null,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      })
    })
  }

  private store(key: string, entry: Entry): void {
    const size = entry.body.length + (entry.gzip?.length ?? 0)
    if (size > this.options.maxBytes / 10) return
    const previous = this.entries.get(key)
    if (previous) {
      this.bytes -= previous.body.length + (previous.gzip?.length ?? 0)
      this.entries.delete(key)
    }
    this.entries.set(key, entry)
    this.bytes += size
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.entries.delete(oldKey)
      this.bytes -= old.body.length + (old.gzip?.length ?? 0)
    }
  }
}
