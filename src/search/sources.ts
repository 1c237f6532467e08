import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { HIGHLIGHT_END, HIGHLIGHT_START, lexicalWordsText } from './sqlText'

/** One kind of result of the site search. The directory and migo add theirs to SEARCH_SOURCES. */
export type SearchSource = {
  kind: string
  /**
   * A select of (kind, id, title, slug, date, rank, snippet) for the rows that
   * match `query` (a tsquery) and are public right now.
   */
  select: (query: SQL) => SQL
}

const headlineOptions = `MaxFragments=2, FragmentDelimiter=" … ", MaxWords=28, MinWords=10, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`

export const articlesSource: SearchSource = {
  kind: 'article',
  select: (query) => sql`
    select 'article' as kind, a.id, l.title, a.slug, a.published_at as date,
      ts_rank_cd(l.search_vector, ${query}) as rank,
      ts_headline('german', concat_ws(' ', l.teaser, ${sql.raw(lexicalWordsText('l.body'))}), ${query}, ${headlineOptions}) as snippet
    from articles a
    join articles_locales l on l._parent_id = a.id and l._locale = 'de'
    where a._status = 'published' and a.published_at <= now() and l.search_vector @@ ${query}`,
}

/** Active, published member organisations: the name, the community, the descriptions. */
export const organisationsSource: SearchSource = {
  kind: 'organisation',
  select: (query) => sql`
    select 'organisation' as kind, o.id, o.name as title, o.slug, null::timestamptz as date,
      ts_rank_cd(o.search_vector || coalesce(l.search_vector, ''::tsvector), ${query}) as rank,
      ts_headline('german', concat_ws(' ', l.community, l.short_description, ${sql.raw(lexicalWordsText('l.description'))}), ${query}, ${headlineOptions}) as snippet
    from orgs o
    left join orgs_locales l on l._parent_id = o.id and l._locale = 'de'
    where o._status = 'published' and o.status = 'active'
      and (o.search_vector || coalesce(l.search_vector, ''::tsvector)) @@ ${query}`,
}

export const SEARCH_SOURCES: SearchSource[] = [articlesSource, organisationsSource]
