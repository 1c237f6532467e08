/**
 * Search in the reader's language (src/content/search.ts, src/search/sources.ts):
 * a document translated into it is searched with that language's stemmer
 * (PostgreSQL's turkish, russian, arabic … configurations), the others in
 * German, as the site shows them. Each hit names its language.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { matchingOrganisationIds, searchSite } from '@/content/search'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/search/query'
import { SEARCH_CONFIG_BY_LOCALE } from '@/search/schema'
import { paragraph, richText } from '@/seed/lexical'

import { testPayload } from '../helpers/payload'

let payload: Payload
const HOUR = 60 * 60 * 1000

type Text = { title: string; body: string }

/** A published article in German with translations. */
async function article(slug: string, german: Text, translations: Partial<Record<'tr' | 'ar' | 'en' | 'ru', Text>> = {}) {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: german.title,
      slug,
      body: richText(paragraph(german.body)),
      _status: 'published',
      publishedAt: new Date(Date.now() - HOUR).toISOString(),
    },
  })
  for (const [locale, text] of Object.entries(translations)) {
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: locale as 'tr',
      data: { title: text.title, body: richText(paragraph(text.body)) },
    })
  }
  return doc
}

const found = async (query: string, locale: 'de' | 'tr' | 'ar' | 'en' | 'ru') =>
  (await searchSite(query, locale)).hits.map((hit) => [hit.slug, hit.language, hit.title])

beforeAll(async () => {
  payload = await testPayload()
  await article(
    'bibliothek',
    { title: 'Neue Bücher für die Vereinsbibliothek', body: 'Die Bibliothek des Vereins bekam hundert Bücher geschenkt.' },
    {
      tr: { title: 'Dernek kütüphanesine yeni kitaplar', body: 'Derneğin kütüphanesine yüz kitap bağışlandı. Kitapları herkes ödünç alabilir.' },
      ru: { title: 'Новые книги для библиотеки объединения', body: 'Библиотека объединения получила в подарок сто книг.' },
      ar: { title: 'كتب جديدة لمكتبة الجمعية', body: 'تلقت مكتبة الجمعية مئة كتاب هدية من أعضائها.' },
    },
  )
  await article('chorprobe', { title: 'Chorprobe im Gemeindezentrum', body: 'Der Chor probt jeden Mittwoch für das Sommerkonzert.' })
})

describe('search per language', () => {
  it('uses PostgreSQL’s own configuration for each language', () => {
    expect(SEARCH_CONFIG_BY_LOCALE).toEqual({ de: 'german', tr: 'turkish', ar: 'arabic', en: 'english', ru: 'russian' })
  })

  it('finds a Turkish article by a word form that is not in its text', async () => {
    // The text has "kitaplar" and "Kitapları"; "kitaplarda" (in the books) occurs nowhere, Turkish stemming finds "kitap".
    expect(await found('kitaplarda', 'tr')).toEqual([['bibliothek', 'tr', 'Dernek kütüphanesine yeni kitaplar']])
    expect(await found('kütüphanemizde', 'tr')).toEqual([['bibliothek', 'tr', 'Dernek kütüphanesine yeni kitaplar']])
  })

  it('finds a Russian article by a word form that is not in its text', async () => {
    // The text has "книги" and "книг"; "книгами" and "библиотеке" occur nowhere.
    expect(await found('книгами', 'ru')).toEqual([['bibliothek', 'ru', 'Новые книги для библиотеки объединения']])
    expect(await found('библиотеке', 'ru')).toEqual([['bibliothek', 'ru', 'Новые книги для библиотеки объединения']])
  })

  it('finds an Arabic article by a word in it', async () => {
    expect(await found('مكتبة', 'ar')).toEqual([['bibliothek', 'ar', 'كتب جديدة لمكتبة الجمعية']])
    expect(await found('الجمعية', 'ar')).toEqual([['bibliothek', 'ar', 'كتب جديدة لمكتبة الجمعية']])
  })

  it('shows the passage in the hit’s language, with the match marked', async () => {
    const [hit] = (await searchSite('книгами', 'ru')).hits
    expect(hit.snippet).toContain(`${HIGHLIGHT_START}книг${HIGHLIGHT_END}`)
  })

  it('finds articles without a translation in German, as the site shows them', async () => {
    expect(await found('Chorproben', 'tr')).toEqual([['chorprobe', 'de', 'Chorprobe im Gemeindezentrum']])
    expect(await found('Chorproben', 'ar')).toEqual([['chorprobe', 'de', 'Chorprobe im Gemeindezentrum']])
  })

  it('does not search a translated article’s German text for a reader of another language', async () => {
    // Turkish readers see the Turkish article: its German words are not what they read.
    expect(await found('Vereinsbibliothek', 'tr')).toEqual([])
    expect(await found('Vereinsbibliothek', 'de')).toEqual([['bibliothek', 'de', 'Neue Bücher für die Vereinsbibliothek']])
    // English has no translation: the German text is searched.
    expect(await found('Vereinsbibliothek', 'en')).toEqual([['bibliothek', 'de', 'Neue Bücher für die Vereinsbibliothek']])
  })

  it('searches the directory in the reader’s language, organisation names included', async () => {
    const organisation = await payload.create({
      collection: 'member-organisations',
      data: { name: 'Anatolischer Kulturverein Kray', slug: 'anatolischer-kulturverein-kray', status: 'active', _status: 'published', shortDescription: 'Musik und Tanz aus Anatolien.' },
    })
    await payload.update({ collection: 'member-organisations', id: organisation.id, locale: 'tr', data: { shortDescription: 'Anadolu’dan müzik ve halk dansları.' } })
    expect(await matchingOrganisationIds('dansları', 'tr')).toEqual(new Set([organisation.id]))
    expect(await matchingOrganisationIds('Anatolischer', 'tr')).toEqual(new Set([organisation.id]))
    expect(await matchingOrganisationIds('Tanz', 'tr')).toEqual(new Set())
    expect(await matchingOrganisationIds('Tanz', 'de')).toEqual(new Set([organisation.id]))
  })
})
