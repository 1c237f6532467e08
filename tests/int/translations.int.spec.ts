/**
 * Which languages a document really exists in (src/content/translations.ts):
 * read without Payload's field-by-field fallback, so that readers get either
 * a translation or the German text marked as such, and search engines are
 * offered real translations only.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listFeedArticles, listLatestArticles } from '@/content/articles'
import { listSitemapEntries } from '@/content/payload'
import { contentLanguage, isFilled } from '@/content/translations'
import { paragraph, richText } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload

async function article(slug: string, publishedHoursAgo: number) {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: `Beitrag ${slug}`,
      teaser: `Teaser ${slug}`,
      slug,
      body: richText(paragraph(`Text ${slug}`)),
      _status: 'published',
      publishedAt: new Date(Date.now() - publishedHoursAgo * 3600_000).toISOString(),
    },
  })
  return doc.id
}

beforeAll(async () => {
  payload = await testPayload()
  const full = await article('uebersetzt', 1)
  await payload.update({ collection: 'articles', id: full, locale: 'tr', data: { title: 'Çevrildi', body: richText(paragraph('Metin')) } })
  // A title alone is no translation: the body is missing.
  const partial = await article('nur-titel', 2)
  await payload.update({ collection: 'articles', id: partial, locale: 'tr', data: { title: 'Sadece başlık' } })
  // An empty paragraph is no body either.
  const empty = await article('leerer-text', 3)
  await payload.update({ collection: 'articles', id: empty, locale: 'tr', data: { title: 'Boş metin', body: richText(paragraph('')) } })
  await article('deutsch', 4)
})

const language = (slug: string, locale: 'de' | 'tr' | 'en') =>
  contentLanguage(payload, { collection: 'articles', where: { slug: { equals: slug } }, locale, draft: false, user: null, fields: ['title', 'body', 'teaser'] })

describe('a document’s languages', () => {
  it('counts a translation only when title and body are filled in that language', async () => {
    expect((await language('uebersetzt', 'tr'))?.translations).toEqual(['de', 'tr'])
    expect((await language('nur-titel', 'tr'))?.translations).toEqual(['de'])
    expect((await language('leerer-text', 'tr'))?.translations).toEqual(['de'])
    expect((await language('deutsch', 'tr'))?.translations).toEqual(['de'])
  })

  it('shows a translated document in the reader’s language, else in German, and knows each field’s language', async () => {
    const translated = await language('uebersetzt', 'tr')
    expect(translated?.shown).toBe('tr')
    expect(translated?.of('title')).toBe('tr')
    // The teaser was not translated: shown in German.
    expect(translated?.of('teaser')).toBe('de')
    const partial = await language('nur-titel', 'tr')
    expect(partial?.shown).toBe('de')
    expect(partial?.of('title')).toBe('de')
    expect((await language('uebersetzt', 'en'))?.shown).toBe('de')
    expect(await language('gibt-es-nicht', 'tr')).toBeNull()
  })

  it('shows a list entry in the reader’s language only when its document is translated, and marks each text’s language', async () => {
    const cards = await listLatestArticles(4, 'tr')
    expect(cards.map((card) => [card.slug, card.title, card.teaser, card.textLanguages])).toEqual([
      ['uebersetzt', 'Çevrildi', 'Teaser uebersetzt', { title: 'tr', teaser: 'de' }],
      // Not translated (no body): the card is German, like the page it leads to.
      ['nur-titel', 'Beitrag nur-titel', 'Teaser nur-titel', { title: 'de', teaser: 'de' }],
      ['leerer-text', 'Beitrag leerer-text', 'Teaser leerer-text', { title: 'de', teaser: 'de' }],
      ['deutsch', 'Beitrag deutsch', 'Teaser deutsch', { title: 'de', teaser: 'de' }],
    ])
    expect((await listLatestArticles(1, 'de'))[0]).toMatchObject({ title: 'Beitrag uebersetzt', textLanguages: { title: 'de', teaser: 'de' } })
  })

  it('puts only translated articles into a language’s feed, and names real translations in the sitemap', async () => {
    expect((await listFeedArticles(null, 'tr'))?.docs.map((doc) => doc.slug)).toEqual(['uebersetzt'])
    expect((await listFeedArticles(null, 'de'))?.docs.map((doc) => doc.slug)).toEqual(['uebersetzt', 'nur-titel', 'leerer-text', 'deutsch'])
    const entries = new Map((await listSitemapEntries('articles')).map((entry) => [entry.slug, entry.translations]))
    expect(entries.get('uebersetzt')).toEqual(['de', 'tr'])
    expect(entries.get('nur-titel')).toEqual(['de'])
  })

  it('treats blank text and rich text without words as empty', () => {
    expect(isFilled('  ')).toBe(false)
    expect(isFilled(richText(paragraph(' ')))).toBe(false)
    expect(isFilled(richText(paragraph('Wort')))).toBe(true)
    expect(isFilled(null)).toBe(false)
  })
})
