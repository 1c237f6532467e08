/**
 * Adds the demo translations (src/seed/translationData.ts) to the demo
 * content. Idempotent: a translation is only written where the document has
 * none in that language yet (read without fallback).
 */
import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'

import { heading, paragraph, quote, richText } from './lexical'
import {
  ABOUT_TRANSLATIONS,
  ARTICLE_TRANSLATIONS,
  BODY,
  CATEGORY_TRANSLATIONS,
  MENU_TRANSLATIONS,
  MIGO_TRANSLATIONS,
  ORGANISATION_TRANSLATIONS,
  PAGE_TRANSLATIONS,
} from './translationData'

type Lang = Exclude<Locale, 'de'>
const entries = <K extends string, V>(record: Partial<Record<K, V>>) => Object.entries(record) as [K, V][]

/** Writes `data` in `locale` unless the document already has `field` in that language. */
async function translate(payload: Payload, collection: CollectionSlug, id: number, locale: Lang, field: string, data: Record<string, unknown>) {
  const existing = (await payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0 })) as unknown as Record<string, unknown>
  if (existing[field]) return
  await payload.update({ collection, id, locale, data: data as never, depth: 0 })
}

async function idBySlug(payload: Payload, collection: CollectionSlug, slug: string): Promise<number | null> {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  return docs[0] ? Number(docs[0].id) : null
}

async function translateArticles(payload: Payload) {
  for (const [germanTitle, languages] of Object.entries(ARTICLE_TRANSLATIONS)) {
    const id = await idBySlug(payload, 'articles', slugify(germanTitle))
    if (!id) continue
    for (const [locale, { title, teaser }] of entries(languages)) {
      const body = BODY[locale]
      await translate(payload, 'articles', id, locale, 'title', {
        title,
        teaser,
        body: richText(
          paragraph(teaser),
          paragraph(body.paragraphs[0]),
          heading(body.heading),
          paragraph(body.paragraphs[1]),
          quote(body.quote),
          paragraph(body.paragraphs[2]),
        ),
      })
    }
  }
}

async function translatePages(payload: Payload) {
  for (const [slug, languages] of Object.entries(PAGE_TRANSLATIONS)) {
    const id = await idBySlug(payload, 'pages', slug)
    if (!id) continue
    for (const [locale, { title, paragraphs }] of entries(languages)) {
      await translate(payload, 'pages', id, locale, 'title', { title, body: richText(...paragraphs.map((p) => paragraph(p))) })
    }
  }
}

async function translateOrganisations(payload: Payload, organisations: number[]) {
  for (const [index, languages] of entries(ORGANISATION_TRANSLATIONS as Record<string, (typeof ORGANISATION_TRANSLATIONS)[number]>)) {
    const id = organisations[Number(index)]
    if (!id || !languages) continue
    for (const [locale, { short, long, community }] of entries(languages)) {
      await translate(payload, 'member-organisations', id, locale, 'shortDescription', {
        shortDescription: short,
        description: richText(paragraph(long)),
        ...(community ? { community } : {}),
      })
    }
  }
}

async function translateCategories(payload: Payload) {
  for (const [slug, languages] of Object.entries(CATEGORY_TRANSLATIONS)) {
    const id = await idBySlug(payload, 'categories', slug)
    if (!id) continue
    for (const [locale, title] of entries(languages)) {
      const existing = await payload.findByID({ collection: 'categories', id, locale, fallbackLocale: false, depth: 0 })
      if (!existing.title) await payload.update({ collection: 'categories', id, locale, data: { title } })
    }
  }
}

/** The newest migo issue's title and editorial (its sections stay as they are). */
async function translateMigo(payload: Payload) {
  const { docs } = await payload.find({ collection: 'newsletter-issues', sort: '-issueNumber', limit: 1, depth: 0 })
  if (!docs[0]) return
  for (const [locale, { title, editorial }] of entries(MIGO_TRANSLATIONS)) {
    await translate(payload, 'newsletter-issues', docs[0].id, locale, 'title', { title, editorial: richText(paragraph(editorial)) })
  }
}

/** Menu labels and the paragraph about the Verbund; menu rows keep their ids, so other languages' labels stay. */
async function translateGlobals(payload: Payload) {
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  for (const locale of ['tr', 'ar', 'en', 'ru'] as const) {
    const current = await payload.findGlobal({ slug: 'navigation', depth: 0, locale, fallbackLocale: false })
    if (current.header?.[0]?.label) continue
    type Item = { id?: string | null; href: string; label: string }
    const entry = (item: Item) => ({ id: item.id, href: item.href, label: MENU_TRANSLATIONS[item.href]?.[locale] ?? item.label })
    // Sub-menu rows are sent with their ids too: an update without them would drop them.
    const header = (navigation.header ?? []).map((item) => ({ ...entry(item), children: (item.children ?? []).map(entry) }))
    await payload.updateGlobal({ slug: 'navigation', locale, data: { header, footer: (navigation.footer ?? []).map(entry) } })

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale, fallbackLocale: false })
    if (!settings.about) await payload.updateGlobal({ slug: 'site-settings', locale, data: { about: ABOUT_TRANSLATIONS[locale] } })
  }
}

export async function seedTranslations(payload: Payload, organisations: number[]): Promise<void> {
  await translateCategories(payload)
  await translateArticles(payload)
  await translatePages(payload)
  await translateOrganisations(payload, organisations)
  await translateMigo(payload)
  await translateGlobals(payload)
}
