/**
 * Addresses per language (src/server/language.ts): German keeps today's
 * addresses and is rendered under /de; other languages carry their prefix;
 * /de/… and trailing slashes lead to the one address of a page; the admin,
 * the API, Next's files and the links in mails are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localizedPath, splitLocale } from '@/i18n/locales'
import { serverErrorPage } from '@/server/errorPages'
import { internalUrl, LANGUAGE_HEADER, mapRequestLanguage, routeLanguage } from '@/server/language'

import { startFrontServer, type TestFrontServer } from '../helpers/frontServer'

describe('routeLanguage', () => {
  it('renders German at today’s addresses under /de, query included', () => {
    expect(routeLanguage('/')).toEqual({ kind: 'page', locale: 'de', url: '/de', path: '/' })
    expect(routeLanguage('/?x=1')).toEqual({ kind: 'page', locale: 'de', url: '/de?x=1', path: '/' })
    expect(routeLanguage('/aktuelles/nachrichten/sommerfest')).toEqual({
      kind: 'page',
      locale: 'de',
      url: '/de/aktuelles/nachrichten/sommerfest',
      path: '/aktuelles/nachrichten/sommerfest',
    })
    expect(routeLanguage('/mitgliedsvereine?land=TR&feld=sport')).toMatchObject({ url: '/de/mitgliedsvereine?land=TR&feld=sport', path: '/mitgliedsvereine' })
  })

  it('keeps the other languages’ prefixes and names their public path without it', () => {
    expect(routeLanguage('/tr')).toEqual({ kind: 'page', locale: 'tr', url: '/tr', path: '/' })
    expect(routeLanguage('/ar/aktuelles?seite=2')).toEqual({ kind: 'page', locale: 'ar', url: '/ar/aktuelles?seite=2', path: '/aktuelles' })
    expect(routeLanguage('/ru/ueber-uns/vorstand')).toMatchObject({ locale: 'ru', path: '/ueber-uns/vorstand' })
    expect(routeLanguage('/en/feed.xml')).toMatchObject({ locale: 'en', url: '/en/feed.xml' })
  })

  it('treats a German path that merely starts like a code as German', () => {
    expect(routeLanguage('/trommelgruppe')).toMatchObject({ locale: 'de', url: '/de/trommelgruppe' })
    expect(routeLanguage('/fr/ueber-uns')).toMatchObject({ locale: 'de', url: '/de/fr/ueber-uns' })
    expect(routeLanguage('/TR/aktuelles')).toMatchObject({ locale: 'de', url: '/de/TR/aktuelles' })
  })

  it('answers /de/… and trailing slashes with the one address of the page', () => {
    expect(routeLanguage('/de')).toEqual({ kind: 'redirect', location: '/' })
    expect(routeLanguage('/de/')).toEqual({ kind: 'redirect', location: '/' })
    expect(routeLanguage('/de/aktuelles?seite=2')).toEqual({ kind: 'redirect', location: '/aktuelles?seite=2' })
    expect(routeLanguage('/de?x=1')).toEqual({ kind: 'redirect', location: '/?x=1' })
    expect(routeLanguage('/aktuelles/')).toEqual({ kind: 'redirect', location: '/aktuelles' })
    expect(routeLanguage('/tr/')).toEqual({ kind: 'redirect', location: '/tr' })
    expect(routeLanguage('/ar/aktuelles//?q=1')).toEqual({ kind: 'redirect', location: '/ar/aktuelles?q=1' })
  })

  it('leaves the admin, the API, Next’s files, previews, mail links and root files alone', () => {
    for (const url of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles?limit=1',
      '/_next/static/chunks/app.js',
      '/preview?path=/aktuelles',
      '/preview/exit',
      '/newsletter/anmelden',
      '/newsletter/bestaetigen?token=abc',
      '/newsletter/abmelden?token=abc',
      '/sitemap.xml',
      '/robots.txt',
      '/icon.png',
      '/og-default.png',
      '//evil.example/x',
    ]) {
      expect(routeLanguage(url), url).toEqual({ kind: 'unlocalized' })
    }
    // Pages whose names only begin like those are pages.
    expect(routeLanguage('/administration')).toMatchObject({ kind: 'page', url: '/de/administration' })
    expect(routeLanguage('/newsletter/danke')).toMatchObject({ kind: 'page', url: '/de/newsletter/danke' })
    expect(routeLanguage('/feed.xml')).toMatchObject({ kind: 'page', url: '/de/feed.xml' })
  })
})

describe('the dev proxy’s mapping', () => {
  it('is idempotent: an address mapped before stays as it is', () => {
    expect(internalUrl('/aktuelles')).toEqual({ url: '/de/aktuelles', locale: 'de' })
    expect(internalUrl('/de/aktuelles')).toEqual({ url: '/de/aktuelles', locale: 'de' })
    expect(internalUrl('/tr/aktuelles')).toEqual({ url: '/tr/aktuelles', locale: 'tr' })
    expect(internalUrl('/api/articles')).toBeNull()
  })
})

describe('mapRequestLanguage', () => {
  it('rewrites the request for Next and names its language in a header no client can set', () => {
    const req = { url: '/aktuelles', headers: { [LANGUAGE_HEADER]: 'ar' } as Record<string, string | undefined> }
    expect(mapRequestLanguage(req)).toMatchObject({ kind: 'page', locale: 'de' })
    expect(req.url).toBe('/de/aktuelles')
    expect(req.headers[LANGUAGE_HEADER]).toBe('de')

    const admin = { url: '/admin', headers: { [LANGUAGE_HEADER]: 'tr' } as Record<string, string | undefined> }
    mapRequestLanguage(admin)
    expect(admin.url).toBe('/admin')
    expect(admin.headers[LANGUAGE_HEADER]).toBeUndefined()
  })
})

describe('paths per language', () => {
  it('prefix every language but German, and leave outside addresses alone', () => {
    expect(localizedPath('/', 'de')).toBe('/')
    expect(localizedPath('/', 'tr')).toBe('/tr')
    expect(localizedPath('/?q=1', 'ru')).toBe('/ru?q=1')
    expect(localizedPath('/aktuelles/archiv', 'ar')).toBe('/ar/aktuelles/archiv')
    expect(localizedPath('https://www.essen.de', 'en')).toBe('https://www.essen.de')
    expect(localizedPath('mailto:info@example.org', 'en')).toBe('mailto:info@example.org')
  })

  it('split back into language and path', () => {
    expect(splitLocale('/tr/aktuelles?x=1')).toEqual({ locale: 'tr', path: '/aktuelles?x=1' })
    expect(splitLocale('/ar')).toEqual({ locale: 'ar', path: '/' })
    expect(splitLocale('/aktuelles')).toEqual({ locale: 'de', path: '/aktuelles' })
    expect(splitLocale('/trommeln')).toEqual({ locale: 'de', path: '/trommeln' })
  })
})

describe('the front server’s language stage', () => {
  let front: TestFrontServer
  const seen: { url: string; language: string | undefined }[] = []
  const notFoundFor: string[] = []

  beforeAll(async () => {
    front = await startFrontServer(
      (req, res) => {
        seen.push({ url: req.url ?? '', language: req.headers[LANGUAGE_HEADER] as string | undefined })
        const url = req.url ?? ''
        res.writeHead(url.includes('fehlt') ? 404 : url.includes('kaputt') ? 500 : 200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(`<html><body><h1>${req.url}</h1></body></html>`)
      },
      {
        publicUrls: false,
        redirectFor: (path) => (path === '/aktuelles/nachrichten/alt' ? '/aktuelles/nachrichten/neu' : undefined),
        notFoundPage: async (locale) => {
          notFoundFor.push(locale)
          return Buffer.from(`<html lang="${locale}"><body><h1>404 ${locale}</h1></body></html>`)
        },
      },
    )
  })
  afterAll(() => front.close())

  const get = (path: string) => fetch(`${front.base}${path}`, { redirect: 'manual' })

  it('hands Next German pages under /de and other languages as they are, naming the language', async () => {
    seen.length = 0
    expect((await get('/aktuelles?seite=2')).status).toBe(200)
    expect((await get('/ar/aktuelles')).status).toBe(200)
    expect(seen).toEqual([
      { url: '/de/aktuelles', language: 'de' },
      { url: '/ar/aktuelles', language: 'ar' },
    ])
  })

  it('keys the cache by the mapped address: German and Turkish pages never share an entry', async () => {
    await get('/suche?q=kitap')
    expect((await get('/suche?q=kitap')).headers.get('x-page-cache')).toBe('HIT')
    expect((await get('/tr/suche?q=kitap')).headers.get('x-page-cache')).toBeNull()
  })

  it('answers /de/… with a 301 to the German address, and a changed slug in the reader’s language', async () => {
    const german = await get('/de/aktuelles')
    expect([german.status, german.headers.get('location')]).toEqual([301, '/aktuelles'])
    const moved = await get('/tr/aktuelles/nachrichten/alt?x=1')
    expect([moved.status, moved.headers.get('location')]).toEqual([301, '/tr/aktuelles/nachrichten/neu?x=1'])
  })

  it('sends the not-found page and the server-error page in the reader’s language', async () => {
    const missing = await get('/ru/fehlt')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('404 ru')
    expect(notFoundFor).toContain('ru')
    const broken = await get('/ar/kaputt')
    expect(broken.status).toBe(500)
    const arabic = await broken.text()
    expect(arabic).toBe(serverErrorPage('ar').toString())
    expect(arabic).toContain('<html lang="ar" dir="rtl">')
    expect(arabic).toContain('حدث خطأ')
  })
})
