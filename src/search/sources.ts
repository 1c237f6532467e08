import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { HIGHLIGHT_END, HIGHLIGHT_START, lexicalWordsText } from './sqlText'

/** One kind of result of the site search. The directory and migo add theirs to SEARCH_SOURCES. */
export type SearchSource = {
  kind: string
  /** (kind, id, title, slug, date, rank) of the rows that match `query` (a tsquery) and are public right now. */
  matches: (query: SQL) => SQL
  /**
   * (id, snippet) for some of those rows: the passage around the match. Asked
   * only for the results on the page shown, since building passages is the
   * expensive part of a search.
   */
  snippets: (query: SQL, ids: number[]) => SQL
}

const headlineOptions = `MaxFragments=2, FragmentDelimiter=" … ", MaxWords=28, MinWords=10, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`
const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `)

export const articlesSource: SearchSource = {
  kind: 'article',
  matches: (query) => sql`
    select 'article' as kind, a.id, l.title, a.slug, a.published_at as date, ts_rank_cd(l.search_vector, ${query}) as rank
    from articles a
    join articles_locales l on l._parent_id = a.id and l._locale = 'de'
    where a._status = 'published' and a.published_at <= now() and l.search_vector @@ ${query}`,
  snippets: (query, ids) => sql`
    select a.id, ts_headline('german', concat_ws(' ', l.teaser, ${sql.raw(lexicalWordsText('l.body'))}), ${query}, ${headlineOptions}) as snippet
    from articles a
    join articles_locales l on l._parent_id = a.id and l._locale = 'de'
    where a.id in (${idList(ids)})`,
}

/** Active, published member organisations: the name, the community, the descriptions. */
export const organisationsSource: SearchSource = {
  kind: 'organisation',
  matches: (query) => sql`
    select 'organisation' as kind, o.id, o.name as title, o.slug, null::timestamptz as date,
      ts_rank_cd(o.search_vector || coalesce(l.search_vector, ''::tsvector), ${query}) as rank
    from orgs o
    left join orgs_locales l on l._parent_id = o.id and l._locale = 'de'
    where o._status = 'published' and o.status = 'active'
      and (o.search_vector || coalesce(l.search_vector, ''::tsvector)) @@ ${query}`,
  snippets: (query, ids) => sql`
    select o.id, ts_headline('german', concat_ws(' ', l.community, l.short_description, ${sql.raw(lexicalWordsText('l.description'))}), ${query}, ${headlineOptions}) as snippet
    from orgs o
    left join orgs_locales l on l._parent_id = o.id and l._locale = 'de'
    where o.id in (${idList(ids)})`,
}

/** migo issues once they have been sent (before that they are work in progress, even when published). */
export const migoIssuesSource: SearchSource = {
  kind: 'migo',
  matches: (query) => sql`
    select 'migo' as kind, m.id, l.title, m.slug, m.month as date, ts_rank_cd(l.search_vector, ${query}) as rank
    from migo m
    join migo_locales l on l._parent_id = m.id and l._locale = 'de'
    where m._status = 'published' and m.send_status = 'sent' and l.search_vector @@ ${query}`,
  snippets: (query, ids) => sql`
    select m.id, ts_headline('german', ${sql.raw(lexicalWordsText('l.editorial'))}, ${query}, ${headlineOptions}) as snippet
    from migo m
    join migo_locales l on l._parent_id = m.id and l._locale = 'de'
    where m.id in (${idList(ids)})`,
}

export const SEARCH_SOURCES: SearchSource[] = [articlesSource, organisationsSource, migoIssuesSource]
