/**
 * Every answer of the front server carries the security headers, and a
 * Content-Security-Policy that fits its kind (src/server/securityHeaders.ts):
 * public pages allow exactly their own inline scripts by hash (they are cached
 * and served to everyone), the admin a fresh nonce per answer, everything else
 * nothing at all. Nobody but the site itself may frame anything.
 */
import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inlineHashes } from '@/server/securityHeaders'

import { startFrontServer, type TestFrontServer } from '../helpers/frontServer'

const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const PAYLOAD_CHUNK = 'self.__next_f.push([1,"Seite"])'
const JSON_LD = '{"@context":"https://schema.org","@type":"NewsArticle"}'
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

let front: TestFrontServer
let httpsFront: TestFrontServer
/** The request headers the fake Next saw last (the admin's nonce arrives there). */
let seenByNext: Record<string, string | string[] | undefined> = {}

beforeAll(async () => {
  const fakeNext = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    seenByNext = { ...req.headers }
    const url = req.url ?? '/'
    if (url.startsWith('/api/')) {
      res.setHeader('content-type', 'application/json')
      return void res.end('{"docs":[]}')
    }
    if (url.startsWith('/feed.xml')) {
      res.setHeader('content-type', 'application/rss+xml')
      return void res.end('<rss/>')
    }
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.write(`<!doctype html><html><head><script src="/_next/static/chunks/a.js" async=""></script><style>body{color:red}</style></head><body><h1>${url}</h1>`)
    res.write(`<script type="application/ld+json">${JSON_LD}</script><script>${BOOTSTRAP}</script>`)
    res.end(`<script>${PAYLOAD_CHUNK}</script></body></html>`)
  }
  front = await startFrontServer(fakeNext)
  httpsFront = await startFrontServer(fakeNext, { security: { https: true } })
})

afterAll(async () => {
  await front.close()
  await httpsFront.close()
})

const directives = (csp: string | null) =>
  Object.fromEntries((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))

describe('on every answer', () => {
  it.each(['/aktuelles', '/admin', '/api/articles', '/feed.xml', '/newsletter/danke', '/_next/static/chunks/a.js'])(
    '%s has nosniff, a referrer policy, a permissions policy and may only be framed by the site',
    async (path) => {
      const response = await fetch(`${front.base}${path}`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'self'"])
      expect(response.headers.get('strict-transport-security')).toBeNull()
    },
  )

  it('HSTS and upgrade-insecure-requests only when the site is served over https', async () => {
    const response = await fetch(`${httpsFront.base}/aktuelles`)
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
  })
})

describe('public pages', () => {
  it('allow exactly their own inline scripts and styles by hash, scripts otherwise only from the site', async () => {
    const response = await fetch(`${front.base}/aktuelles`)
    const csp = directives(response.headers.get('content-security-policy'))
    expect(csp['script-src'].sort()).toEqual(["'self'", hashOf(BOOTSTRAP), hashOf(PAYLOAD_CHUNK)].sort())
    expect(csp['style-src'].sort()).toEqual(["'self'", hashOf('body{color:red}')].sort())
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(csp['form-action']).toEqual(["'self'"])
    expect(JSON.stringify(csp)).not.toContain('unsafe')
  })

  it('a page served from the cache carries the policy of its own scripts, the same as when it was rendered', async () => {
    const first = await fetch(`${front.base}/impressum`)
    const second = await fetch(`${front.base}/impressum`)
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
  })

  it('HTML answers of route handlers get their own hashes too', async () => {
    const response = await fetch(`${front.base}/newsletter/anmelden`, { method: 'POST', body: 'email=x' })
    expect(directives(response.headers.get('content-security-policy'))['script-src']).toContain(hashOf(BOOTSTRAP))
  })

  it('the hashes name only scripts a browser runs: JSON-LD and external scripts are left out', () => {
    const { scripts } = inlineHashes(`<script src="/a.js"></script><script type="application/ld+json">${JSON_LD}</script><script type="module">m()</script><script>x()</script>`)
    expect(scripts.sort()).toEqual([hashOf('m()'), hashOf('x()')].sort())
  })
})

describe('the admin', () => {
  it('gets a fresh nonce per answer, which Next reads from the request to put on its scripts', async () => {
    const first = await fetch(`${front.base}/admin/collections/articles`)
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce).toBeTruthy()
    expect(String(seenByNext['content-security-policy'])).toContain(`'nonce-${nonce}'`)
    const second = await fetch(`${front.base}/admin/collections/articles`)
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    const csp = directives(first.headers.get('content-security-policy'))
    expect(csp['script-src']).not.toContain("'unsafe-inline'")
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(csp['frame-src']).toEqual(["'self'"])
  })
})

describe('everything else', () => {
  it.each(['/api/articles', '/feed.xml'])('%s may run nothing', async (path) => {
    const response = await fetch(`${front.base}${path}`)
    expect(directives(response.headers.get('content-security-policy'))['default-src']).toEqual(["'none'"])
  })
})
