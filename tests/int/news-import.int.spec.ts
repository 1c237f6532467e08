/**
 * The import of the old site's news from the sample export in
 * tests/fixtures/typo3-news (a TYPO3 news RSS feed with 22 articles and two
 * saved article pages, the real ones from the current site among them):
 * articles with rich text, photos with credits and sources; the old
 * addresses answered by the front server's redirect table; a report of what
 * could not be converted; nothing twice on a second run.
 */
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatReport, importOldNews, readSource } from '@/import/oldNews/importNews'
import type { Article, Media } from '@/payload-types'
import { readSiteState } from '@/server/siteState'

import { testPayload } from '../helpers/payload'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/typo3-news')
const KUFEN = 'thomas-kufen-besucht-sitzung-der-ki-leitungen'
const KLAUSUR = 'oberbuergermeister-thomas-kufen-bei-klausurtagung-des-integrationsrates-der-stadt-essen'

let payload: Payload
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => pool.end())

beforeAll(async () => {
  payload = await testPayload()
})

const articleBySlug = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 1, limit: 1 })).docs[0] as Article | undefined
const textOf = (node: unknown): string => {
  const n = node as { text?: string; children?: unknown[] }
  return (n.text ?? '') + (n.children ?? []).map(textOf).join(n.children && (n as { type?: string }).type === 'root' ? '\n' : '')
}

describe('reading the export', () => {
  it('reads 22 articles from the feed, with TYPO3’s fields', () => {
    const { articles } = readSource(path.join(FIXTURE, 'feed.xml'))
    expect(articles).toHaveLength(22)
    const kufen = articles[0]
    expect(kufen).toMatchObject({
      oldId: '1843',
      oldSlug: KUFEN,
      oldPaths: [`/start/verbund-news/article/${KUFEN}/1843.html`],
      title: 'Thomas Kufen besucht Sitzung der KI-Leitungen',
      categories: ['Essen', 'Politik'],
      source: { label: 'Stadt Essen, www.essen.de', url: 'https://www.essen.de' },
      image: { caption: 'Oberbürgermeister Thomas Kufen begrüßte die Leiter*innen der Kommunalen Integrationszentren.', credit: '© Moritz Leick, Stadt Essen' },
    })
    expect(kufen.date).toBe('2022-10-24T08:15:00.000Z')
    expect(kufen.bodyHtml).not.toContain('Quelle:')
  })

  it('reads saved article pages, also one without paragraph breaks whose „Quelle:“ ends the text', () => {
    const { articles } = readSource(path.join(FIXTURE, 'seiten'))
    const byId = Object.fromEntries(articles.map((a) => [a.oldId, a]))
    expect(byId['1843']).toMatchObject({
      title: 'Thomas Kufen besucht Sitzung der KI-Leitungen',
      categories: ['Essen', 'Politik'],
      image: { src: 'kufen-besucht-ki-leitungen_files/kufen-ki-leitungen.jpg', credit: '© Moritz Leick, Stadt Essen' },
    })
    expect(byId['1502']).toMatchObject({ oldSlug: KLAUSUR, image: null, source: { label: 'Stadt Essen, www.essen.de' } })
    expect(byId['1502'].bodyHtml).toMatch(/herzlich danken\."<\/p>$/)
  })
})

describe('importing', () => {
  let firstReport: Awaited<ReturnType<typeof importOldNews>>

  beforeAll(async () => {
    const { articles, baseDir } = readSource(path.join(FIXTURE, 'feed.xml'))
    firstReport = await importOldNews(payload, articles, { baseDir })
  })

  it('creates every article, published at its old date, with rich text, photo, credit, category and source', async () => {
    expect(firstReport.created).toHaveLength(22)
    const kufen = (await articleBySlug(KUFEN))!
    expect(kufen).toMatchObject({ title: 'Thomas Kufen besucht Sitzung der KI-Leitungen', legacyId: '1843', publishedAt: '2022-10-24T08:15:00.000Z', _status: 'published' })
    expect(kufen.source).toEqual({ label: 'Stadt Essen, www.essen.de', url: 'https://www.essen.de' })
    // An article names its categories by id (src/collections/Articles: maxDepth 0).
    const categories = await payload.find({ collection: 'categories', where: { id: { in: kufen.categories as number[] } }, depth: 0 })
    expect(categories.docs.map((c) => c.title).sort()).toEqual(['Essen', 'Politik'])
    const image = kufen.heroImage as Media
    expect(image).toMatchObject({ credit: '© Moritz Leick, Stadt Essen', caption: 'Oberbürgermeister Thomas Kufen begrüßte die Leiter*innen der Kommunalen Integrationszentren.' })
    const body = kufen.body as { root: { children: { type: string }[] } }
    expect(body.root.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(textOf(body.root)).toContain('Nicht zufällig ist unser Kommunales Integrationszentrum Essen das älteste Integrationszentrum in Nordrhein-Westfalen.')
    expect(textOf(body.root)).not.toContain('Quelle:')
  })

  it('keeps headings and lists as rich text', async () => {
    const doc = (await articleBySlug('gedenken-an-die-opfer-von-solingen'))!
    const types = (doc.body as { root: { children: { type: string; tag?: string }[] } }).root.children.map((c) => c.tag ?? c.type)
    expect(types).toEqual(['paragraph', 'h3', 'paragraph', 'ul'])
  })

  it('reports what could not be taken over', () => {
    const messages = firstReport.problems.map((p) => `${p.article}: ${p.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'Sprachcafé im Bürgerzentrum Kon-Takt: 1 × Tabelle nicht übernommen',
        'Ausstellung: 60 Jahre Anwerbeabkommen mit der Türkei: 1 × eingebetteter Inhalt (iframe) nicht übernommen',
        'Kommunalwahl: Informationsabend zum Wahlrecht: ohne Datum: als heute veröffentlicht',
        'Hausaufgabenhilfe sucht Ehrenamtliche: Bild „https://www.evi-essen.de/fileadmin/user_upload/news/fehlt.jpg“ nicht gefunden: ohne Bild importiert',
        'Workshop: Vereinsfinanzen einfach erklärt: Bild ohne Urheberangabe (©): bitte ergänzen',
      ]),
    )
    expect(formatReport(firstReport)).toMatch(/^Neu importiert: 22 Beiträge; schon vorhanden: 0; neue Weiterleitungen: \d+\./)
  })

  it('the old addresses lead to the new articles — by link, archive address, or old id with any slug', async () => {
    // The general rules for the old site's other address forms, as staff enter them.
    for (const data of [
      { from: '/mitgliedsvereine/mitgliedsverein/:slug', to: '/mitgliedsvereine/:slug' },
      { from: '/ueber-uns/geschichte.html', to: '/ueber-uns/geschichte' },
    ]) {
      await payload.create({ collection: 'redirects', data })
    }
    const { redirects } = await readSiteState(pool)
    const kufen = `/aktuelles/nachrichten/${KUFEN}`
    expect(redirects.match(`/start/verbund-news/article/${KUFEN}/1843.html`)).toBe(kufen)
    expect(redirects.match(`/servicecenter/archiv/nachrichten/${KUFEN}`)).toBe(kufen)
    expect(redirects.match('/start/verbund-news/article/thomas-kufen-besucht-si/1843.html')).toBe(kufen)
    expect(redirects.match(`/start/verbund-news/article/${KLAUSUR}/1502.html`)).toBe(`/aktuelles/nachrichten/${KLAUSUR}`)
    expect(redirects.match('/mitgliedsvereine/mitgliedsverein/tuerkischer-elternverein-e-v')).toBe('/mitgliedsvereine/tuerkischer-elternverein-e-v')
    expect(redirects.match('/ueber-uns/geschichte.html')).toBe('/ueber-uns/geschichte')
  })

  it('a second run, and the saved pages of the same articles, change nothing', async () => {
    const counts = async () => Promise.all(['articles', 'media', 'redirects', 'categories'].map(async (c) => (await payload.count({ collection: c as 'articles' })).totalDocs))
    const before = await counts()
    const again = readSource(path.join(FIXTURE, 'feed.xml'))
    const second = await importOldNews(payload, again.articles, { baseDir: again.baseDir })
    expect([second.created.length, second.unchanged.length, second.redirects]).toEqual([0, 22, 0])
    const pages = readSource(path.join(FIXTURE, 'seiten'))
    const third = await importOldNews(payload, pages.articles, { baseDir: pages.baseDir })
    expect([third.created.length, third.unchanged.length, third.redirects]).toEqual([0, 2, 0])
    expect(await counts()).toEqual(before)
  })
})
