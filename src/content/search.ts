import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { recordSearch } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import { articlePath, migoIssuePath, organisationPath } from '@/lib/paths'
import { toPrefixTsquery } from '@/search/query'
import { hitTag, searchKey } from '@/search/recordedSearch'
import { organisationsSource, SEARCH_SOURCES, searchQuery, type SearchSource } from '@/search/sources'

import { payloadClient } from './payload'

export const SEARCH_RESULTS_PER_PAGE = 20

const database = async () => ((await payloadClient()).db as unknown as PostgresAdapter).drizzle

/** The ids of one source's matches (null: no usable word, so no restriction). */
async function matchingIds(source: SearchSource, input: string, locale: Locale): Promise<Set<number> | null> {
  const words = toPrefixTsquery(input)
  if (!words) return null
  const db = await database()
  const { rows } = await db.execute(sql`select id from (${source.matches(searchQuery(words, locale))}) as hits`)
  const ids = rows.map((row) => Number((row as { id: unknown }).id))
  recordSearch(
    searchKey({ kinds: [source.kind], locale, words }),
    ids.map((id) => hitTag(source.kind, id)),
  )
  return new Set(ids)
}

/** The directory's search box: which organisations match the words typed (in the reader's language, or in German). */
export const matchingOrganisationIds = (input: string, locale: Locale) => matchingIds(organisationsSource, input, locale)

/** One result; `language` is the language its title and passage are in (the reader's, or German). */
export type SearchHit = { kind: string; id: number; title: string; slug: string; date: string | null; snippet: string; language: Locale }
export type SearchResult = { hits: SearchHit[]; total: number; page: number; totalPages: number }

/**
 * Full-text search over everything public (SEARCH_SOURCES), ranked, with the
 * matching passage, for a reader of `locale`: translated documents with that
 * language's stemmer, the others in German. Any input is answered: no usable
 * word gives no hits.
 */
export async function searchSite(input: string, locale: Locale, page = 1): Promise<SearchResult> {
  const words = toPrefixTsquery(input)
  if (!words) return { hits: [], total: 0, page: 1, totalPages: 0 }
  const query = searchQuery(words, locale)
  const db = await database()
  const union = sql.join(
    SEARCH_SOURCES.map((source) => sql`(${source.matches(query)})`),
    sql` union all `,
  )
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE
  // One round trip for the ranking: every match (what the page depends on), the requested page (which may lie past the end).
  const { rows } = await db.execute(sql`
    with hits as (${union})
    select (select coalesce(json_agg(json_build_array(kind, id)), '[]'::json) from hits) as matched,
      (select coalesce(json_agg(p), '[]'::json) from (
        select kind, id, title, slug, date, language from hits
        order by rank desc, date desc nulls last, id desc
        limit ${SEARCH_RESULTS_PER_PAGE} offset ${offset}
      ) as p) as page`)
  const { matched, page: pageRows } = rows[0] as { matched: [string, number][]; page: Record<string, unknown>[] }
  const total = matched.length
  recordSearch(
    searchKey({ kinds: SEARCH_SOURCES.map((source) => source.kind), locale, words }),
    matched.map(([kind, id]) => hitTag(kind, Number(id))),
  )

  // Passages only for the hits on this page, one query per kind of result.
  const snippets = new Map<string, string>()
  for (const source of SEARCH_SOURCES) {
    const ids = pageRows.filter((r) => r.kind === source.kind).map((r) => Number(r.id))
    if (ids.length === 0) continue
    const { rows: passages } = await db.execute(source.snippets(query, ids))
    for (const row of passages as { id: unknown; snippet: unknown }[]) snippets.set(`${source.kind}:${row.id}`, String(row.snippet ?? ''))
  }
  return {
    hits: pageRows.map((r) => ({
      kind: String(r.kind),
      id: Number(r.id),
      title: String(r.title ?? ''),
      slug: String(r.slug),
      date: r.date ? new Date(r.date as string).toISOString() : null,
      snippet: snippets.get(`${r.kind}:${r.id}`) ?? '',
      language: String(r.language) as Locale,
    })),
    total: Number(total),
    page,
    totalPages: Math.ceil(Number(total) / SEARCH_RESULTS_PER_PAGE),
  }
}

/** Where each kind of hit lives on the site. */
const HIT_PATHS: Record<string, (slug: string) => string> = { article: articlePath, organisation: organisationPath, migo: migoIssuePath }

export const hitPath = (hit: Pick<SearchHit, 'kind' | 'slug'>): string => (HIT_PATHS[hit.kind] ?? articlePath)(hit.slug)
