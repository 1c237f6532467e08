import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { SEARCH_CONFIG_BY_LOCALE } from './schema'
import { HIGHLIGHT_END, HIGHLIGHT_START, lexicalWordsText } from './sqlText'

/**
 * What a reader searches for, in their language: the words as a tsquery made
 * with that language's stemmer, and the same words made with the German one
 * for documents not translated into it (readers find those in German, as the
 * site shows them).
 */
export type SearchQuery = { locale: Locale; reader: SQL; german: SQL }

/** One kind of result of the site search. The directory and migo add theirs to SEARCH_SOURCES. */
export type SearchSource = {
  kind: string
  /** The collection its documents live in (its changes are announced with this name). */
  collection: string
  /** (kind, id, title, slug, date, language, rank) of the rows that match and are public right now. */
  matches: (query: SearchQuery) => SQL
  /**
   * (id, snippet) for some of those rows: the passage around the match, in the
   * language the hit is shown in. Asked only for the results on the page shown,
   * since building passages is the expensive part of a search.
   */
  snippets: (query: SearchQuery, ids: number[]) => SQL
}

const headlineOptions = `MaxFragments=2, FragmentDelimiter=" … ", MaxWords=28, MinWords=10, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`
const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `)

/** A tsquery of the reader's words for the text-search configuration of `locale`. */
export const tsquery = (locale: Locale, words: string): SQL => sql`to_tsquery(${sql.raw(`'${SEARCH_CONFIG_BY_LOCALE[locale]}'`)}, ${words})`

/** The query for a reader of `locale` of words in toPrefixTsquery's form (query.ts). */
export const searchQuery = (words: string, locale: Locale): SearchQuery => ({ locale, reader: tsquery(locale, words), german: tsquery('de', words) })

type Spec = {
  kind: string
  collection: string
  /** The collection's table (alias d) and its `_locales` table (alias l). */
  table: string
  locales: string
  /** Columns of d and l. */
  title: string
  slug: string
  date: string
  /** The vector to match (l.search_vector, or with a column of d). */
  vector: string
  /** A vector of text that is German in every language (an organisation's name), matched with German stemming too. */
  germanVector?: string
  /** Who may see the row (conditions on d). */
  visible: string
  /** Conditions on a `_locales` row (alias given) that make it a translation. */
  translated: (alias: string) => string
  /** The text the passage is taken from. */
  passage: string
}

/**
 * The language row a document is searched and shown in for a reader of the
 * query's language: that language's row when the document is translated into
 * it, the German row otherwise. Written as two plain conditions joined by OR
 * so that each can use the GIN index of the search vector.
 */
function inReaderLanguage(spec: Spec, { locale, reader, german }: SearchQuery): { where: SQL; query: SQL } {
  const vector = sql.raw(spec.vector)
  if (locale === DEFAULT_LOCALE) return { where: sql`l._locale = 'de' and ${vector} @@ ${german}`, query: german }
  const translated = sql.raw(spec.translated('l'))
  const readerMatch = spec.germanVector
    ? sql`(${vector} @@ ${reader} or ${sql.raw(spec.germanVector)} @@ ${german})`
    : sql`${vector} @@ ${reader}`
  const notTranslated = sql.raw(
    `not exists (select 1 from ${spec.locales} t where t._parent_id = d.id and t._locale = '${locale}' and ${spec.translated('t')})`,
  )
  return {
    where: sql`((l._locale = ${locale} and ${translated} and ${readerMatch}) or (l._locale = 'de' and ${notTranslated} and ${vector} @@ ${german}))`,
    query: sql`(case when l._locale = ${locale} then ${reader} else ${german} end)`,
  }
}

function localizedSource(spec: Spec): SearchSource {
  return {
    kind: spec.kind,
    collection: spec.collection,
    matches: (search) => {
      const { where, query } = inReaderLanguage(spec, search)
      return sql`
        select ${spec.kind} as kind, d.id, ${sql.raw(spec.title)} as title, d.slug, ${sql.raw(spec.date)} as date, l._locale as language,
          ts_rank_cd(${sql.raw(spec.vector)}, ${query}) as rank
        from ${sql.raw(spec.table)} d
        join ${sql.raw(spec.locales)} l on l._parent_id = d.id
        where ${sql.raw(spec.visible)} and ${where}`
    },
    snippets: (search, ids) => {
      const { where, query } = inReaderLanguage(spec, search)
      const config = sql.raw(`(case l._locale ${Object.entries(SEARCH_CONFIG_BY_LOCALE).map(([l, c]) => `when '${l}' then '${c}'::regconfig`).join(' ')} else 'simple'::regconfig end)`)
      return sql`
        select d.id, ts_headline(${config}, ${sql.raw(spec.passage)}, ${query}, ${headlineOptions}) as snippet
        from ${sql.raw(spec.table)} d
        join ${sql.raw(spec.locales)} l on l._parent_id = d.id
        where d.id in (${idList(ids)}) and ${where}`
    },
  }
}

export const articlesSource = localizedSource({
  kind: 'article',
  collection: 'articles',
  table: 'articles',
  locales: 'articles_locales',
  title: 'l.title',
  slug: 'd.slug',
  date: 'd.published_at',
  vector: 'l.search_vector',
  visible: `d._status = 'published' and d.published_at <= now()`,
  translated: (t) => `${t}.title is not null and ${t}.body is not null`,
  passage: `concat_ws(' ', l.teaser, ${lexicalWordsText('l.body')})`,
})

/** Active, published member organisations: the name (not translated), the community, the descriptions. */
export const organisationsSource = localizedSource({
  kind: 'organisation',
  collection: 'member-organisations',
  table: 'orgs',
  locales: 'orgs_locales',
  title: 'd.name',
  slug: 'd.slug',
  date: 'null::timestamptz',
  vector: `(d.search_vector || coalesce(l.search_vector, ''::tsvector))`,
  germanVector: 'd.search_vector',
  visible: `d._status = 'published' and d.status = 'active'`,
  translated: (t) => `${t}.short_description is not null`,
  passage: `concat_ws(' ', l.community, l.short_description, ${lexicalWordsText('l.description')})`,
})

/** migo issues once they have been sent (before that they are work in progress, even when published). */
export const migoIssuesSource = localizedSource({
  kind: 'migo',
  collection: 'newsletter-issues',
  table: 'migo',
  locales: 'migo_locales',
  title: 'l.title',
  slug: 'd.slug',
  date: 'd.month',
  vector: 'l.search_vector',
  visible: `d._status = 'published' and d.send_status = 'sent'`,
  translated: (t) => `${t}.title is not null and ${t}.editorial is not null`,
  passage: lexicalWordsText('l.editorial'),
})

export const SEARCH_SOURCES: SearchSource[] = [articlesSource, organisationsSource, migoIssuesSource]
