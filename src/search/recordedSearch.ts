import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

import { dependencyTags } from '../cache/dependencies'
import type { Locale } from '../i18n/locales'
import { SEARCH_SOURCES, searchQuery } from './sources'

/**
 * A search whose results a page shows, as the page cache keeps it: which
 * kinds of results, the reader's language, and the words (toPrefixTsquery's
 * form). When searchable content changes, the front server asks PostgreSQL
 * which kept searches the changed document matches, and drops only their pages.
 */
export type RecordedSearch = { kinds: string[]; locale: Locale; words: string }

export const searchKey = ({ kinds, locale, words }: RecordedSearch): string => JSON.stringify([kinds, locale, words])

function parseSearchKey(key: string): RecordedSearch | null {
  try {
    const [kinds, locale, words] = JSON.parse(key) as unknown[]
    if (!Array.isArray(kinds) || typeof locale !== 'string' || typeof words !== 'string') return null
    return { kinds: kinds.map(String), locale: locale as Locale, words }
  } catch {
    return null
  }
}

/** The tag of a hit's document, as its changes announce it (src/cache/invalidation.ts). */
const HIT_TAGS: Record<string, (id: number) => string> = {
  article: dependencyTags.article,
  organisation: dependencyTags.organisation,
  migo: dependencyTags.migoIssue,
}

export const hitTag = (kind: string, id: number): string => (HIT_TAGS[kind] ?? ((n: number) => `${kind}:${n}`))(id)

/**
 * A query giving the positions (column `i`) of the searches among `keys` that
 * the document `id` of `collection` matches as PostgreSQL holds it now, in one
 * round trip; null when the collection is not searched.
 */
export function matchingSearchesQuery(collection: string, id: number | string, keys: string[]): SQL | null {
  const source = SEARCH_SOURCES.find((candidate) => candidate.collection === collection)
  if (!source) return null
  const checks = keys.flatMap((key, i) => {
    const search = parseSearchKey(key)
    if (!search?.kinds.includes(source.kind)) return []
    const hits = source.matches(searchQuery(search.words, search.locale))
    return [sql`select ${i}::int as i where exists (select 1 from (${hits}) as hits where hits.id = ${Number(id)})`]
  })
  return checks.length ? sql.join(checks, sql` union all `) : sql`select null::int as i where false`
}
