/**
 * Which languages a document is really written in. Payload falls back to
 * German field by field; readers must instead see either a real translation
 * or the German text marked as such, and search engines must be offered only
 * real translations. So translations are read without fallback here.
 */
import type { Payload, Where } from 'payload'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/locales'
import { richTextHasText } from '@/lib/richText'

/**
 * The fields a translation needs: it exists when each of them that is filled
 * in German is filled in that language too (an article's title and body, an
 * organisation's descriptions).
 */
export const TRANSLATION_FIELDS = {
  articles: ['title', 'body'],
  pages: ['title', 'body'],
  'member-organisations': ['shortDescription', 'description'],
  'newsletter-issues': ['title', 'editorial'],
  events: ['title', 'description'],
  projects: ['title', 'description'],
} as const

export type TranslatedCollection = keyof typeof TRANSLATION_FIELDS

/** Text with at least one visible character; rich text (Lexical JSON) with at least one word in it. */
export const isFilled = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : richTextHasText(value))

type AllLocales = Record<string, Partial<Record<Locale, unknown>> | null | undefined>

/** The languages (German first) a document read with `locale: 'all'` is translated into. */
export function translatedLocales(doc: AllLocales, fields: readonly string[]): Locale[] {
  const needed = fields.filter((field) => isFilled(doc[field]?.[DEFAULT_LOCALE]))
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || needed.every((field) => isFilled(doc[field]?.[locale])))
}

/** For one document: the language its page is shown in, the languages it exists in, and each field's real language. */
export type ContentLanguage = {
  /** The reader's language when the document is translated into it, German otherwise. */
  shown: Locale
  /** Every language the document is really written in (German first): its hreflang alternates. */
  translations: Locale[]
  /** The language a field's text is in as shown (a translated article may still lack a teaser in that language). */
  of: (field: string) => Locale
}

export const germanOnly: ContentLanguage = { shown: DEFAULT_LOCALE, translations: [DEFAULT_LOCALE], of: () => DEFAULT_LOCALE }

/**
 * Reads a document's localized fields in every language at once and works
 * out its ContentLanguage for a reader of `locale`. `fields` are the
 * translation's required fields plus any other localized text the page shows.
 */
export async function contentLanguage(
  payload: Payload,
  options: { collection: TranslatedCollection; where: Where; locale: Locale; draft: boolean; user: unknown; fields: readonly string[] },
): Promise<ContentLanguage | null> {
  const { collection, where, locale, draft, user, fields } = options
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    pagination: false,
    depth: 0,
    draft,
    user: user as never,
    overrideAccess: false,
    locale: 'all',
    select: Object.fromEntries(fields.map((field) => [field, true])),
  })
  const doc = docs[0] as unknown as AllLocales | undefined
  if (!doc) return null
  const translations = translatedLocales(doc, TRANSLATION_FIELDS[collection])
  const shown = translations.includes(locale) ? locale : DEFAULT_LOCALE
  return { shown, translations, of: (field) => (isFilled(doc[field]?.[shown]) ? shown : DEFAULT_LOCALE) }
}

/** A list entry shown to a reader, with the language each of its listed texts is in. */
export type InLanguage<T> = T & { textLanguages: Record<string, Locale> }

/**
 * For list entries (cards, the directory, the migo archive), read in the
 * reader's language with German fallback: an entry whose document is not
 * translated into that language gets its German `fields` throughout (a card
 * must not promise in Turkish what the page then shows in German), and each
 * entry says which language each of `fields` is in. One query (all languages
 * of the few fields at once); German readers need none.
 */
export async function inReaderLanguage<T extends { id: number }>(
  payload: Payload,
  collection: TranslatedCollection,
  docs: T[],
  fields: readonly string[],
  locale: Locale,
): Promise<InLanguage<T>[]> {
  const german = () => Object.fromEntries(fields.map((field) => [field, DEFAULT_LOCALE])) as Record<string, Locale>
  if (locale === DEFAULT_LOCALE || docs.length === 0) return docs.map((doc) => ({ ...doc, textLanguages: german() }))
  const { docs: all } = await payload.find({
    collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    locale: 'all',
    select: Object.fromEntries([...TRANSLATION_FIELDS[collection], ...fields].map((field) => [field, true])),
  })
  const byId = new Map((all as unknown as ({ id: number } & AllLocales)[]).map((doc) => [doc.id, doc]))
  return docs.map((doc) => {
    const texts = byId.get(doc.id)
    if (!texts || !translatedLocales(texts, TRANSLATION_FIELDS[collection]).includes(locale)) {
      const values = Object.fromEntries(fields.map((field) => [field, texts?.[field]?.[DEFAULT_LOCALE] ?? (doc as Record<string, unknown>)[field]]))
      return { ...doc, ...values, textLanguages: german() }
    }
    const textLanguages = Object.fromEntries(fields.map((field) => [field, isFilled(texts[field]?.[locale]) ? locale : DEFAULT_LOCALE]))
    return { ...doc, textLanguages }
  })
}

/** Conditions (for a query in `locale`, without fallback) that keep only documents translated into it. */
export const translatedWhere = (collection: TranslatedCollection, locale: Locale): Where[] =>
  locale === DEFAULT_LOCALE ? [] : TRANSLATION_FIELDS[collection].map((field) => ({ [field]: { exists: true } }))
