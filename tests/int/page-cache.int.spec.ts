/**
 * The front server's page cache (src/server/pageCache.ts, used by the pipeline
 * in src/server/frontServer.ts), in front of a handler that renders like Next
 * does (streamed chunks).
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { PageCache, pageEntry } from '@/server/pageCache'
import { createRenderLimit } from '@/server/renderLimit'

import { startFrontServer, type TestFrontServer } from '../helpers/frontServer'

let cache: PageCache
let renders = 0
let front: TestFrontServer
let base: string
/** Lets a test run code while a page is half rendered. */
let duringRender: (() => void | Promise<void>) | null = null

beforeAll(async () => {
  front = await startFrontServer(async (req, res) => {
    renders += 1
    const url = req.url ?? '/'
    if (url.startsWith('/fehlt')) {
      res.writeHead(404, { 'content-type': 'text/html' })
      return void res.end('<h1>Seite nicht gefunden</h1>')
    }
    if (url.startsWith('/cookie')) res.setHeader('set-cookie', 'a=b')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', vary: 'rsc' })
    res.write(`<html><body><h1>Seite ${url}</h1>`)
    await duringRender?.()
    // Pages are kept compressed: /zufall and /gross carry text that hardly compresses, for the tests of size.
    const noise = randomBytes(url.startsWith('/gross') ? 30_000 : url.startsWith('/zufall') ? 3000 : 0).toString('hex')
    res.end(`<p>${'Inhalt '.repeat(300)}${noise}</p><p>Render ${renders}</p></body></html>`)
  })
  base = front.base
  cache = front.cache
})

afterAll(() => front.close())

beforeEach(() => {
  cache.setEnabled(false)
  cache.setEnabled(true)
  renders = 0
  duringRender = null
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers })

describe('serving from memory', () => {
  it('renders a page once and then answers from memory with the same bytes', async () => {
    const first = await get('/aktuelles')
    const firstBody = await first.text()
    expect(first.headers.get('x-page-cache')).toBeNull()
    const second = await get('/aktuelles')
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    expect(await second.text()).toBe(firstBody)
    expect(renders).toBe(1)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(second.headers.get('vary')).toBe('rsc, Accept-Encoding')
  })

  it('keys by the full URL, query included', async () => {
    await get('/suche?q=a')
    await get('/suche?q=b')
    expect((await get('/suche?q=a')).headers.get('x-page-cache')).toBe('HIT')
    expect(renders).toBe(2)
  })

  it('compresses for readers who accept gzip, and answers 304 to a matching ETag', async () => {
    const plain = await (await get('/')).text()
    const raw = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve) => {
      http.get(`${base}/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), etag: res.headers.etag }))
      })
    })
    expect(raw.encoding).toBe('gzip')
    expect(gunzipSync(raw.body).toString()).toBe(plain)
    const notModified = await get('/', { 'if-none-match': raw.etag! })
    expect(notModified.status).toBe(304)
  })

  it('keeps a page compressed only, and a reader who does not accept gzip gets the same page uncompressed', async () => {
    const fetchRaw = (encoding: string) =>
      new Promise<{ encoding?: string; body: Buffer; cached?: string | string[] }>((resolve) => {
        http.get(`${base}/ohne-gzip`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), cached: res.headers['x-page-cache'] }))
        })
      })
    const rendered = await fetchRaw('identity')
    const compressed = await fetchRaw('gzip, br')
    const plain = await fetchRaw('identity')
    expect(compressed.cached).toBe('HIT')
    expect(plain.cached).toBe('HIT')
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.toString()).toBe(rendered.body.toString())
    expect(gunzipSync(compressed.body).toString()).toBe(rendered.body.toString())
    // What memory holds is the compressed page alone (German pages are kept by the address Next renders, under /de).
    expect(cache.get('/de/ohne-gzip')!.body.equals(compressed.body)).toBe(true)
    expect(renders).toBe(1)
  })
})

describe('what is never cached', () => {
  it('the admin, the API, previews, Next assets and client navigation requests', async () => {
    for (const [path, headers] of [
      ['/admin', {}],
      ['/api/articles', {}],
      ['/preview?path=/', {}],
      ['/_next/static/x.js', {}],
      ['/aktuelles', { rsc: '1' }],
      ['/aktuelles?_rsc=abc', {}],
    ] as [string, Record<string, string>][]) {
      await get(path, headers)
      const again = await get(path, headers)
      expect(again.headers.get('x-page-cache'), path).toBeNull()
    }
  })

  it("the newsletter's links and form (they act on every request), but not its result pages", async () => {
    for (const path of ['/newsletter/bestaetigen?token=abc', '/newsletter/abmelden?token=abc', '/newsletter/anmelden']) {
      await get(path)
      expect((await get(path)).headers.get('x-page-cache'), path).toBeNull()
    }
    await get('/newsletter/abgemeldet')
    expect((await get('/newsletter/abgemeldet')).headers.get('x-page-cache')).toBe('HIT')
  })

  it('anything while draft mode (staff preview) is on, in either direction', async () => {
    await get('/beitrag', { cookie: '__prerender_bypass=abc' })
    expect((await get('/beitrag')).headers.get('x-page-cache')).toBeNull()
    expect((await get('/beitrag', { cookie: '__prerender_bypass=abc' })).headers.get('x-page-cache')).toBeNull()
  })

  it('error pages, responses that set cookies, and pages too large for the cache', async () => {
    for (const path of ['/fehlt', '/cookie', '/gross']) {
      await get(path)
      expect((await get(path)).headers.get('x-page-cache'), path).toBeNull()
    }
  })

  it('non-GET requests, and everything while the cache is switched off', async () => {
    await fetch(`${base}/kontakt`, { method: 'POST', body: 'x' })
    expect((await get('/kontakt')).headers.get('x-page-cache')).toBeNull()
    cache.setEnabled(false)
    await get('/aus')
    expect((await get('/aus')).headers.get('x-page-cache')).toBeNull()
  })
})

describe('invalidation', () => {
  it('clear() drops every page', async () => {
    await get('/a')
    await get('/b')
    cache.clear()
    expect(cache.size).toBe(0)
    expect((await get('/a')).headers.get('x-page-cache')).toBeNull()
  })

  it('a page that was rendering when content changed is not stored (it may show the old content)', async () => {
    duringRender = () => {
      duringRender = null
      cache.clear()
    }
    await (await get('/während')).text()
    expect((await get('/während')).headers.get('x-page-cache')).toBeNull()
    expect((await get('/während')).headers.get('x-page-cache')).toBe('HIT')
  })

  it('switching off (lost database connection) drops what was cached', async () => {
    await get('/x')
    cache.setEnabled(false)
    cache.setEnabled(true)
    expect((await get('/x')).headers.get('x-page-cache')).toBeNull()
  })

  it('evicts the least recently used pages beyond its memory bound', async () => {
    for (let i = 0; i < 200; i += 1) await (await get(`/zufall-${i}`)).text()
    expect(cache.size).toBeGreaterThan(10)
    expect(cache.size).toBeLessThan(200)
    expect((await get('/zufall-199')).headers.get('x-page-cache')).toBe('HIT')
    expect((await get('/zufall-0')).headers.get('x-page-cache')).toBeNull()
  })

  it('counts the memory its pages really hold against the bound', () => {
    // Pages of a few kB compressed, like most articles and lists: zlib hands each out as a
    // slice of a 16 kB buffer, which the server once kept whole (3 × the bound in the bench).
    const bound = 200_000
    const small = new PageCache({ maxBytes: bound })
    small.setEnabled(true)
    const keys = Array.from({ length: 300 }, (_, i) => `/seite-${i}`)
    for (const key of keys) {
      const body = Buffer.from(`<html><body>${randomBytes(1500).toString('hex')}</body></html>`)
      small.store(key, pageEntry({ status: 200, headers: { 'content-type': 'text/html', 'content-security-policy': 'x'.repeat(600) }, body }), small.generation)
    }
    const kept = keys.map((key) => small.get(key)).filter((entry) => entry !== undefined)
    expect(kept.length).toBeGreaterThan(20)
    const held = kept.reduce((sum, entry) => sum + entry.body.buffer.byteLength + JSON.stringify(entry.headers).length, 0)
    expect(held).toBeLessThanOrEqual(bound)
  })
})

describe('one render per page at a time', () => {
  it('requests for a page that is being rendered wait for that render instead of starting their own', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    duringRender = () => gate
    const answers = Array.from({ length: 25 }, () => get('/gleichzeitig').then(async (r) => ({ status: r.status, body: await r.text() })))
    await new Promise((resolve) => setTimeout(resolve, 100))
    release()
    const results = await Promise.all(answers)
    expect(renders).toBe(1)
    expect(new Set(results.map((r) => r.body)).size).toBe(1)
    expect(results.every((r) => r.status === 200)).toBe(true)
  })

  it('a request that comes after a change does not join a render that started before it', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    duringRender = () => gate
    const before = get('/wechsel').then((r) => r.text())
    await new Promise((resolve) => setTimeout(resolve, 50))
    cache.clear()
    duringRender = null
    const after = await (await get('/wechsel')).text()
    release()
    await before
    expect(renders).toBe(2)
    expect(after).toContain('Render 2')
  })

  it('a render that cannot be shared (it sets a cookie) gives each waiting reader a render of their own', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    duringRender = () => gate
    const answers = Array.from({ length: 3 }, () => get('/cookie-geteilt').then((r) => r.text()))
    await new Promise((resolve) => setTimeout(resolve, 50))
    duringRender = null
    release()
    await Promise.all(answers)
    expect(renders).toBe(3)
  })
})

describe('while a changed page renders again', () => {
  /** Starts the first reader's render of `path` after a change and holds it until `release`. */
  async function renderHeldAfter(path: string, drop: () => void) {
    const old = await (await get(path)).text()
    drop()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    duringRender = () => gate
    const first = get(path).then(async (r) => ({ cached: r.headers.get('x-page-cache'), body: await r.text() }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    return {
      old,
      first,
      release: () => {
        duringRender = null
        release()
      },
    }
  }

  it('the other readers get the copy from before the change at once; the first renders it once, and the next reader gets the new page', async () => {
    const { first, release } = await renderHeldAfter('/geaendert', () => cache.invalidate({ tags: ['article:1'] }))
    const meanwhile = await get('/geaendert')
    expect(meanwhile.headers.get('x-page-cache')).toBe('STALE')
    expect(await meanwhile.text()).toContain('Render 1')
    release()
    expect(await first).toEqual({ cached: null, body: expect.stringContaining('Render 2') })
    const after = await get('/geaendert')
    expect(after.headers.get('x-page-cache')).toBe('HIT')
    expect(await after.text()).toContain('Render 2')
    expect(renders).toBe(2)
  })

  it('a signed-in editor waits for the new page instead of the old copy', async () => {
    const { first, release } = await renderHeldAfter('/redaktion-sieht', () => cache.invalidate({ tags: ['article:1'] }))
    const editor = get('/redaktion-sieht', { cookie: 'payload-token=abc' }).then((r) => r.text())
    setTimeout(release, 50)
    expect(await editor).toContain('Render 2')
    await first
    expect(renders).toBe(2)
  })

  it('pages showing withdrawn content (unpublished, deleted) and pages dropped as unknown are never served as the old copy', async () => {
    for (const [path, drop] of [
      ['/zurueckgezogen', () => cache.invalidate({ tags: ['article:1'], withdrawn: true })],
      ['/unbekannt-geaendert', () => cache.clear()],
    ] as const) {
      const { old, first, release } = await renderHeldAfter(path, drop)
      const meanwhile = get(path).then(async (r) => ({ cached: r.headers.get('x-page-cache'), body: await r.text() }))
      setTimeout(release, 50)
      const answer = await meanwhile
      expect(answer.cached, path).toBeNull()
      expect(answer.body, path).not.toBe(old)
      await first
    }
  })
})

describe('cache keys', () => {
  it('unknown query parameters are dropped before rendering and share the canonical entry', async () => {
    await get('/aktuelles')
    const shared = await get('/aktuelles?utm_source=facebook&fbclid=abc')
    expect(shared.headers.get('x-page-cache')).toBe('HIT')
    // The page itself never saw them.
    expect(await shared.text()).toContain('<h1>Seite /aktuelles</h1>')
    expect(renders).toBe(1)
  })

  it('the parameters a route reads stay, first value each, in a fixed order', async () => {
    const first = await (await get('/mitgliedsvereine?feld=sport&land=TR&utm_medium=x')).text()
    expect(first).toContain('<h1>Seite /mitgliedsvereine?land=TR&feld=sport</h1>')
    expect((await get('/mitgliedsvereine?land=TR&feld=sport&land=SY')).headers.get('x-page-cache')).toBe('HIT')
    expect((await get('/suche?seite=2&q=essen&x=1')).headers.get('x-page-cache')).toBeNull()
    expect((await get('/suche?q=essen&seite=2')).headers.get('x-page-cache')).toBe('HIT')
    expect(renders).toBe(2)
  })
})

describe('dropping what a change touches', () => {
  it('drops the pages that recorded a touched tag or range, and pages that recorded nothing; keeps the rest', () => {
    const page = (tags: string[], ranges: { tag: string; from: number; to: number }[] = []) => ({ tags: new Set(tags), ranges })
    const entry = pageEntry({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>x</p>') })
    cache.store('/artikel-4', entry, cache.generation, page(['article:4', 'categories']))
    cache.store('/aktuelles', entry, cache.generation, page(['articles:all', 'article:4', 'article:5']))
    cache.store('/artikel-9', entry, cache.generation, page(['article:9'], [{ tag: 'articles:category:2', from: 100, to: 200 }]))
    cache.store('/impressum', entry, cache.generation, page(['page:1']))
    cache.store('/unbekannt', entry, cache.generation, page([]))

    expect(cache.invalidate({ tags: ['article:5', 'search'] })).toBe(2)
    expect(cache.get('/aktuelles')).toBeUndefined()
    expect(cache.get('/unbekannt')).toBeUndefined()
    expect(cache.get('/artikel-4')).toBeDefined()

    expect(cache.invalidate({ tags: ['article:77'], points: [{ tag: 'articles:category:2', at: 300 }] })).toBe(0)
    expect(cache.invalidate({ tags: ['article:77'], points: [{ tag: 'articles:category:2', at: 150 }] })).toBe(1)
    expect(cache.get('/artikel-9')).toBeUndefined()
    expect(cache.get('/impressum')).toBeDefined()

    expect(cache.invalidate({ all: true })).toBe(2)
  })

  it('a search page is spared only when every search it shows was found not to concern the change', () => {
    const entry = pageEntry({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>x</p>') })
    const search = (...searches: string[]) => ({ tags: new Set(['search', 'article:1']), ranges: [], searches: new Set(searches) })
    cache.store('/suche?q=a', entry, cache.generation, search('a'))
    cache.store('/suche?q=b', entry, cache.generation, search('b'))
    cache.store('/mit-zwei-suchen', entry, cache.generation, search('a', 'c'))
    cache.store('/suche-ohne-aufzeichnung', entry, cache.generation, { tags: new Set(['search']), ranges: [] })
    expect(cache.keptSearches().sort()).toEqual(['a', 'b', 'c'])

    expect(cache.invalidate({ tags: ['search', 'article:2'], unmatchedSearches: ['a', 'b'] })).toBe(2)
    expect(cache.get('/suche?q=a')).toBeDefined()
    expect(cache.get('/suche?q=b')).toBeDefined()
    // A document the search matched before (its tag) drops the page whatever it matches now.
    expect(cache.invalidate({ tags: ['search', 'article:1'], unmatchedSearches: ['a', 'b'] })).toBe(2)
  })

  it('a page rendered while a change touching it came in is not kept; one the change did not touch is', () => {
    const entry = pageEntry({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>x</p>') })
    const started = cache.generation
    cache.invalidate({ tags: ['article:4'] })
    cache.store('/artikel-4', entry, started, { tags: new Set(['article:4']), ranges: [] })
    cache.store('/impressum', entry, started, { tags: new Set(['page:1']), ranges: [] })
    expect(cache.get('/artikel-4')).toBeUndefined()
    expect(cache.get('/impressum')).toBeDefined()
  })
})

describe('a reader who leaves', () => {
  it('before the page is rendered is not logged as a failure, and the next reader gets the page', async () => {
    const errors: unknown[] = []
    let leaving = true
    // Like Next: a render whose reader has gone stops and returns without answering.
    const leftBehind = await startFrontServer(
      async (req, res) => {
        if (!leaving) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          return void res.end('<html><body><h1>Da</h1></body></html>')
        }
        await new Promise((resolve) => res.once('close', resolve))
      },
      { log: { info: () => {}, warn: () => {}, error: (...args: unknown[]) => void errors.push(args) } },
    )
    try {
      const reader = new AbortController()
      const asked = fetch(`${leftBehind.base}/weg`, { signal: reader.signal }).catch(() => null)
      await new Promise((resolve) => setTimeout(resolve, 100))
      reader.abort()
      await asked
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(errors).toEqual([])
      leaving = false
      const next = await fetch(`${leftBehind.base}/weg`)
      expect(next.status).toBe(200)
      expect(await next.text()).toContain('<h1>Da</h1>')
    } finally {
      await leftBehind.close()
    }
  })
})

describe('renders in turn', () => {
  it('an urgent render takes the next free slot, before everyone waiting', async () => {
    const limit = createRenderLimit(1)
    const order: string[] = []
    let release = () => {}
    const first = limit.run(() => new Promise<void>((resolve) => (release = resolve)))
    const waiting = ['erster', 'zweiter'].map((name) => limit.run(async () => void order.push(name)))
    const urgent = limit.run(async () => void order.push('dringend'), { urgent: true })
    expect(limit.state()).toEqual({ running: 1, waiting: 3 })
    // The first task starts a moment after run() is called.
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await Promise.all([first, ...waiting, urgent])
    expect(order).toEqual(['dringend', 'erster', 'zweiter'])
  })

  it("the server's own request for its not-found page goes before the readers already waiting for a slot", async () => {
    let site = ''
    const limited = await startFrontServer(
      async (req, res) => {
        const page = req.url === '/seite-nicht-gefunden'
        await new Promise((resolve) => setTimeout(resolve, page ? 5 : 50))
        res.writeHead(req.url?.startsWith('/fehlt') ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(page ? '<html><body><h1>Diese Seite gibt es nicht</h1></body></html>' : `<html><body><h1>${req.url}</h1></body></html>`)
      },
      {
        renderLimit: createRenderLimit(1),
        internalToken: 'intern',
        notFoundPage: async () => Buffer.from(await (await fetch(`${site}/seite-nicht-gefunden`, { headers: { 'x-evi-internal': 'intern' } })).arrayBuffer()),
      },
    )
    site = limited.base
    try {
      const answered: string[] = []
      const ask = (path: string) => fetch(`${site}${path}`).then(async (r) => void (await r.text(), answered.push(`${r.status} ${path}`)))
      const missing = ask('/fehlt')
      await new Promise((resolve) => setTimeout(resolve, 10))
      // Five readers queue up while the missing page renders; its not-found page is asked for after them.
      await Promise.all([missing, ...Array.from({ length: 5 }, (_, i) => ask(`/langsam-${i}`))])
      expect(answered.indexOf('404 /fehlt')).toBeLessThan(answered.indexOf('200 /langsam-4'))
    } finally {
      await limited.close()
    }
  })

  it('renders at most the limit at once; every reader gets their page, and a reader who left while waiting costs no render', async () => {
    let running = 0
    let most = 0
    const rendered: string[] = []
    const limited = await startFrontServer(
      async (req, res) => {
        running += 1
        most = Math.max(most, running)
        rendered.push(req.url ?? '')
        await new Promise((resolve) => setTimeout(resolve, 40))
        running -= 1
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(`<html><body><h1>${req.url}</h1></body></html>`)
      },
      { renderLimit: createRenderLimit(2) },
    )
    try {
      const leaving = new AbortController()
      const answers = Array.from({ length: 10 }, (_, i) => fetch(`${limited.base}/reihe-${i}`).then(async (r) => [r.status, await r.text()] as const))
      // Asked for last, given up while the ten above still wait their turn.
      const gone = fetch(`${limited.base}/weg`, { signal: leaving.signal }).catch(() => null)
      await new Promise((resolve) => setTimeout(resolve, 20))
      leaving.abort()
      const results = await Promise.all(answers)
      await gone
      expect(most).toBe(2)
      results.forEach(([status, body], i) => {
        expect(status).toBe(200)
        expect(body).toContain(`<h1>/reihe-${i}</h1>`)
      })
      expect(rendered).not.toContain('/weg')
    } finally {
      await limited.close()
    }
  })

  it("missing pages get the site's not-found page, itself a render, even when every slot holds a reader waiting for it", async () => {
    // As in production (src/server/index.ts): the not-found page is asked of the server itself, and renders in turn too.
    let site = ''
    const limited = await startFrontServer(
      async (req, res) => {
        const page = req.url === '/seite-nicht-gefunden'
        if (!page) await new Promise((resolve) => setTimeout(resolve, 20))
        res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
        res.end(page ? '<html><body><h1>Diese Seite gibt es nicht</h1></body></html>' : '<html><body></body></html>')
      },
      {
        renderLimit: createRenderLimit(2),
        internalToken: 'intern',
        notFoundPage: async () => {
          const answer = await fetch(`${site}/seite-nicht-gefunden`, { headers: { 'x-evi-internal': 'intern' }, signal: AbortSignal.timeout(5000) })
          return Buffer.from(await answer.arrayBuffer())
        },
      },
    )
    site = limited.base
    try {
      const missing = Array.from({ length: 3 }, (_, i) =>
        fetch(`${site}/gibt-es-nicht-${i}`, { signal: AbortSignal.timeout(5000) }).then(async (r) => [r.status, await r.text()] as const),
      )
      for (const [status, body] of await Promise.all(missing)) {
        expect(status).toBe(404)
        expect(body).toContain('Diese Seite gibt es nicht')
      }
    } finally {
      await limited.close()
    }
  })
})
