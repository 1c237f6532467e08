/**
 * The redirect matcher (src/server/redirectRules.ts), pure: exact old
 * addresses and patterns with wildcards and named parts, tried against the
 * old site's address forms; and the admin's validation of such rules.
 */
import { describe, expect, it } from 'vitest'

import { checkRule, compileRedirects } from '@/server/redirectRules'

/** The rules the old site's addresses need (the news import adds exact rows per article). */
const OLD_SITE = compileRedirects([
  { from: '/start/verbund-news/article/:slug/:id.html', to: '/aktuelles/nachrichten/:slug' },
  { from: '/servicecenter/archiv/nachrichten/:slug', to: '/aktuelles/nachrichten/:slug' },
  { from: '/mitgliedsvereine/mitgliedsverein/:slug', to: '/mitgliedsvereine/:slug' },
  { from: '/ueber-uns/geschichte.html', to: '/ueber-uns/geschichte' },
  { from: '/:page.html', to: '/:page' },
  { from: '/start/*', to: '/' },
  // An imported article whose old slug differs from the new one: exact rows win over the patterns.
  { from: '/start/verbund-news/article/kufen-besucht-sitzung-der-ki-leitungen/1843.html', to: '/aktuelles/nachrichten/thomas-kufen-besucht-sitzung-der-ki-leitungen' },
  { from: '/start/verbund-news/article/*/1843.html', to: '/aktuelles/nachrichten/thomas-kufen-besucht-sitzung-der-ki-leitungen' },
])

describe('the old site’s address forms', () => {
  it.each([
    ['/start/verbund-news/article/fest-der-kulturen/1520.html', '/aktuelles/nachrichten/fest-der-kulturen'],
    ['/servicecenter/archiv/nachrichten/fest-der-kulturen', '/aktuelles/nachrichten/fest-der-kulturen'],
    ['/servicecenter/archiv/nachrichten/fest-der-kulturen/', '/aktuelles/nachrichten/fest-der-kulturen'],
    ['/mitgliedsvereine/mitgliedsverein/tuerkischer-elternverein-katernberg-e-v', '/mitgliedsvereine/tuerkischer-elternverein-katernberg-e-v'],
    ['/ueber-uns/geschichte.html', '/ueber-uns/geschichte'],
    ['/impressum.html', '/impressum'],
    ['/start/irgendwas/ganz/tief', '/'],
  ])('%s → %s', (from, to) => {
    expect(OLD_SITE.match(from)).toBe(to)
  })

  it('an old article id leads to the same article as its slug, even with a garbled slug', () => {
    const article = '/aktuelles/nachrichten/thomas-kufen-besucht-sitzung-der-ki-leitungen'
    expect(OLD_SITE.match('/start/verbund-news/article/kufen-besucht-sitzung-der-ki-leitungen/1843.html')).toBe(article)
    expect(OLD_SITE.match('/start/verbund-news/article/kufen-besucht-sitzu/1843.html')).toBe(article)
  })

  it('addresses no rule knows stay unanswered', () => {
    for (const path of ['/', '/aktuelles', '/mitgliedsvereine/mitgliedsverein', '/servicecenter/archiv/nachrichten', '/ueber-uns/geschichte']) {
      expect(OLD_SITE.match(path)).toBeNull()
    }
  })
})

describe('matching', () => {
  it('exact paths first, then the most specific pattern, then the older row', () => {
    const rules = compileRedirects([
      { from: '/alt/*', to: '/a' },
      { from: '/alt/nachrichten/*', to: '/b' },
      { from: '/alt/nachrichten/sommer', to: '/c' },
      { from: '/alt/nachrichten/:slug', to: '/d' },
    ])
    expect(rules.match('/alt/nachrichten/sommer')).toBe('/c')
    expect(rules.match('/alt/nachrichten/winter')).toBe('/d')
    expect(rules.match('/alt/nachrichten/winter/2')).toBe('/b')
    expect(rules.match('/alt/x')).toBe('/a')
  })

  it('a splat carries the rest of the path', () => {
    const rules = compileRedirects([{ from: '/archiv/*', to: '/aktuelles/archiv/*' }])
    expect(rules.match('/archiv/2019/05')).toBe('/aktuelles/archiv/2019/05')
  })

  it('percent-encoded and umlaut addresses match, and the answer is a valid header value', () => {
    const rules = compileRedirects([
      { from: '/verein/grüße', to: '/aktuelles/nachrichten/gruesse' },
      { from: '/wiki/:name', to: '/seite/:name' },
    ])
    expect(rules.match('/verein/gr%C3%BC%C3%9Fe')).toBe('/aktuelles/nachrichten/gruesse')
    expect(rules.match('/wiki/%C3%96ffnungszeiten')).toBe('/seite/%C3%96ffnungszeiten')
    expect(rules.match('/wiki/%E0%A4%A')).toBeNull()
  })

  it('never leads off the site, whatever the request puts into a placeholder', () => {
    const rules = compileRedirects([
      { from: '/alt/*', to: '/*' },
      { from: '/weg/:x', to: '/:x' },
    ])
    expect(rules.match('/alt//evil.example')).toBeNull()
    expect(rules.match('/alt/%2F%2Fevil.example')).toBeNull()
    expect(rules.match('/alt/..%2F..%2Fetc')).toBeNull()
    expect(rules.match('/alt/\\evil.example')).toBeNull()
    expect(rules.match('/weg/ok')).toBe('/ok')
  })

  it('regular-expression characters are literal text', () => {
    const rules = compileRedirects([{ from: '/a.(b)+[c]', to: '/x' }])
    expect(rules.match('/a.(b)+[c]')).toBe('/x')
    expect(rules.match('/aX(b)+[c]')).toBeNull()
    expect(rules.match('/a.(bb)[c]')).toBeNull()
  })

  it('skips broken rows instead of failing', () => {
    const rules = compileRedirects([
      { from: '/a/:x', to: '/b/:y' },
      { from: '/c/*/*', to: '/d' },
      { from: '/ok', to: '/fine' },
    ])
    expect(rules.match('/a/1')).toBeNull()
    expect(rules.match('/ok')).toBe('/fine')
  })
})

describe('what admins may enter (German reasons)', () => {
  it.each([
    ['/a/*/b/*', '/x', 'Bitte höchstens ein * je Adresse.'],
    ['/a/:id/:id', '/x', 'Jeder benannte Teil (z. B. :slug) darf nur einmal vorkommen.'],
    ['/a/:slug:id', '/x', 'Zwischen zwei Platzhaltern muss fester Text stehen, z. B. „:slug/:id.html“.'],
    ['/a/:slug', '/b/:id', 'Die neue Adresse verwendet „:id“, die alte Adresse enthält es nicht.'],
    ['/a/:slug', '/b/*', 'Die neue Adresse verwendet *, die alte Adresse enthält keinen *.'],
  ])('%s → %s', (from, to, message) => {
    expect(checkRule(from, to)).toBe(message)
  })

  it('accepts the old site’s forms', () => {
    expect(checkRule('/start/verbund-news/article/:slug/:id.html', '/aktuelles/nachrichten/:slug')).toBeNull()
  })
})
