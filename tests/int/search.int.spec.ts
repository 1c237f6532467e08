/**
 * Site search (/suche): PostgreSQL full-text search with German stemming over
 * the generated `search_vector` column, as readers use it through src/content.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { matchingOrganisationIds, searchSite } from '@/content/search'
import { HIGHLIGHT_END, HIGHLIGHT_START, toPrefixTsquery } from '@/search/query'
import { paragraph, richText } from '@/seed/lexical'

import { slugify } from '@/lib/slugify'

import { testPayload } from '../helpers/payload'

let payload: Payload
const HOUR = 60 * 60 * 1000

async function article(title: string, body: string, options: { status?: 'published' | 'draft'; publishedAt?: Date; teaser?: string } = {}) {
  const data = {
    title,
    slug: slugify(title),
    teaser: options.teaser,
    body: richText(paragraph(body)),
    _status: options.status ?? 'published',
    publishedAt: (options.publishedAt ?? new Date(Date.now() - HOUR)).toISOString(),
  }
  return options.status === 'draft'
    ? payload.create({ collection: 'articles', draft: true, data })
    : payload.create({ collection: 'articles', data })
}

beforeAll(async () => {
  payload = await testPayload()
  await article('Neue Sprachkurse im Bürgerzentrum', 'Ab Montag beginnen drei Kurse für Erwachsene.')
  await article('Elternabend in Altenessen', 'Viele Familien fragten nach einem Sprachkurs für Mütter und Väter.')
  await article('Fußballturnier der Vereine', 'Sechzehn Mannschaften spielten um den Pokal des Verbunds.', {
    teaser: 'Ein Sommerfest des Sports',
  })
  await article('Entwurf über Sprachförderung', 'Noch nicht fertig: Sprachkurse und Sprachförderung.', { status: 'draft' })
  await article('Geplanter Beitrag zur Sprachförderung', 'Erscheint erst morgen: Sprachkurse.', {
    publishedAt: new Date(Date.now() + 24 * HOUR),
  })
  const organisation = (name: string, status: 'active' | 'inactive', extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'member-organisations', data: { name, slug: slugify(name), status, _status: 'published', ...extra } })
  await organisation('Tamilischer Kulturverein Essen', 'active', { shortDescription: 'Tanz, Musik und Sprachunterricht für Kinder.' })
  await organisation('Ruhender Kulturverein', 'inactive', { shortDescription: 'Musik und Tanz.' })
  await organisation('Jesidisches Forum', 'active', { community: 'Jesidisch' })
  const migoIssue = (issueNumber: number, sendStatus: 'sent' | 'draft') =>
    payload.create({
      collection: 'newsletter-issues',
      data: {
        issueNumber,
        title: `migo ${issueNumber}`,
        slug: `migo-${issueNumber}`,
        month: '2026-06-01T12:00:00.000Z',
        sendStatus,
        editorial: richText(paragraph('Diesmal verleihen wir den Ehrenamtspreis an drei Vereine.')),
        _status: 'published',
      },
    })
  await migoIssue(901, 'sent')
  await migoIssue(902, 'draft')
})

describe('the query a reader types', () => {
  it('becomes prefix terms joined with AND, with every operator character dropped', () => {
    expect(toPrefixTsquery('Sprachkurs Essen')).toBe('sprachkurs:* & essen:*')
    expect(toPrefixTsquery(`"a" & (b | !c) <-> d:*`)).toBe('a:* & b:* & c:* & d:*')
    expect(toPrefixTsquery('  ')).toBeNull()
    expect(toPrefixTsquery('"&|!:*()\'')).toBeNull()
  })

  it('keeps letters of other scripts and bounds length and word count', () => {
    expect(toPrefixTsquery('مرحبا Ünal')).toBe('مرحبا:* & ünal:*')
    const long = toPrefixTsquery('wort '.repeat(500) + 'x'.repeat(500))!
    expect(long.split(' & ').length).toBe(1)
    expect(toPrefixTsquery('a b c d e f g h i j k')!.split(' & ').length).toBe(8)
    expect(toPrefixTsquery('y'.repeat(100))).toBe(`${'y'.repeat(40)}:*`)
  })
})

describe('searchSite', () => {
  it('finds a word in its other forms: "Sprachkurs" finds "Sprachkurse" in a title and in a body', async () => {
    const { hits, total } = await searchSite('Sprachkurs', 'de')
    const titles = hits.map((h) => h.title)
    expect(titles).toContain('Neue Sprachkurse im Bürgerzentrum')
    expect(titles).toContain('Elternabend in Altenessen')
    expect(total).toBe(2)
  })

  it('ranks a title match above a body match', async () => {
    const { hits } = await searchSite('sprachkurs', 'de')
    expect(hits[0].title).toBe('Neue Sprachkurse im Bürgerzentrum')
  })

  it('matches a prefix of the last word while typing', async () => {
    const { hits } = await searchSite('Fußballtur', 'de')
    expect(hits.map((h) => h.title)).toEqual(['Fußballturnier der Vereine'])
  })

  it('shows the matching passage with the match highlighted', async () => {
    const { hits } = await searchSite('Familien', 'de')
    expect(hits).toHaveLength(1)
    expect(hits[0].snippet).toContain(`${HIGHLIGHT_START}Familien${HIGHLIGHT_END}`)
    expect(hits[0].kind).toBe('article')
    expect(hits[0].slug).toBe('elternabend-in-altenessen')
  })

  it('searches the teaser too', async () => {
    const { hits } = await searchSite('Sommerfest', 'de')
    expect(hits.map((h) => h.title)).toEqual(['Fußballturnier der Vereine'])
  })

  it('never shows drafts or articles whose publish date is still ahead', async () => {
    const { hits } = await searchSite('Sprachförderung', 'de')
    expect(hits.map((h) => h.title)).toEqual([])
  })

  it('requires every word (AND)', async () => {
    expect((await searchSite('Sprachkurs Altenessen', 'de')).hits.map((h) => h.title)).toEqual(['Elternabend in Altenessen'])
    expect((await searchSite('Sprachkurs Pokal', 'de')).total).toBe(0)
  })

  it('answers empty, malformed, stop-word-only and very long queries calmly with no hits', async () => {
    for (const input of ['', '   ', '"&|!:*()', "'; drop table articles; --", 'und', 'x'.repeat(5000), '\u0000\u0001']) {
      const result = await searchSite(input, 'de')
      expect(result.hits).toEqual([])
      expect(result.total).toBe(0)
    }
    // The articles are all still there.
    expect((await searchSite('Sprachkurs', 'de')).total).toBe(2)
  })

  it('finds active member organisations by name, description and community, never inactive ones', async () => {
    const byName = await searchSite('tamilisch', 'de')
    expect(byName.hits.map((h) => [h.kind, h.slug])).toEqual([['organisation', 'tamilischer-kulturverein-essen']])
    expect((await searchSite('Sprachunterricht', 'de')).hits.map((h) => h.title)).toEqual(['Tamilischer Kulturverein Essen'])
    expect((await searchSite('Jesidisch', 'de')).hits.map((h) => h.title)).toEqual(['Jesidisches Forum'])
    expect((await searchSite('Musik Tanz', 'de')).hits.map((h) => h.title)).toEqual(['Tamilischer Kulturverein Essen'])
  })

  it('finds migo issues once they have been sent, by their editorial', async () => {
    const { hits } = await searchSite('Ehrenamtspreis', 'de')
    expect(hits.map((h) => [h.kind, h.slug])).toEqual([['migo', 'migo-901']])
    expect(hits[0].snippet).toContain(`${HIGHLIGHT_START}Ehrenamtspreis${HIGHLIGHT_END}`)
  })

  it('gives the directory the ids of matching organisations', async () => {
    const ids = await matchingOrganisationIds('Kulturverein', 'de')
    expect(ids?.size).toBe(1)
    expect(await matchingOrganisationIds('"&|', 'de')).toBeNull()
  })

  it('pages through results', async () => {
    const second = await searchSite('Sprachkurs', 'de', 2)
    expect(second.hits).toEqual([])
    expect(second.total).toBe(2)
    expect(second.totalPages).toBe(1)
  })
})
