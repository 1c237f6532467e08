import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { PublicContentChange } from '../cache/channel'
import { dependencyTags } from '../cache/dependencies'
import { matchingSearchesQuery } from '../search/recordedSearch'

type Queryable = { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> }
type Logger = Pick<Console, 'warn'>

const dialect = new PgDialect()

/**
 * A change of searchable content touches every search page (`search`); most
 * of them do not show the changed document. This asks PostgreSQL which of the
 * kept searches the document matches now, and marks the others as unmatched:
 * their pages stay, unless they showed it before (the document's own tag,
 * which every search page records for each match, drops them). Pages of
 * searches not asked about (not kept at the moment) stay touched. When the
 * database cannot tell, the change drops every search page, as before.
 */
export async function narrowSearchReach(
  change: PublicContentChange,
  /** Read only for a change of searchable content (it walks every kept page). */
  keptSearchesNow: () => string[],
  pool: Queryable,
  log: Logger = console,
): Promise<PublicContentChange> {
  if (!change.tags?.includes(dependencyTags.search) || change.id === undefined) return change
  const keptSearches = keptSearchesNow()
  if (keptSearches.length === 0) return change
  const query = matchingSearchesQuery(change.source, change.id, keptSearches)
  if (!query) return change
  try {
    const { sql, params } = dialect.sqlToQuery(query)
    const { rows } = await pool.query(sql, params)
    const matching = new Set((rows as { i: number }[]).map((row) => keptSearches[row.i]))
    return { ...change, unmatchedSearches: keptSearches.filter((key) => !matching.has(key)) }
  } catch (error) {
    log.warn(`Page cache: could not tell which searches ${change.source} ${change.id} matches (${String(error)}); dropping every search page`)
    return change
  }
}
