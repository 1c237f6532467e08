import pg from 'pg'

/**
 * What the front server needs from the database between changes: the redirect
 * table, and when the next already-published article becomes due (its publish
 * date lies ahead), so that the pages it enters are dropped at that moment.
 * Read once per change, never per request.
 */
export type SiteState = { redirects: Map<string, string>; nextDueAt: Date | null }

export async function readSiteState(pool: pg.Pool): Promise<SiteState> {
  const [redirects, due] = await Promise.all([
    pool.query<{ from: string; to: string }>('select "from", "to" from redirects'),
    pool.query<{ due: Date | null }>(
      `select min(published_at) as due from articles where _status = 'published' and published_at > now()`,
    ),
  ])
  return {
    redirects: new Map(redirects.rows.map((row) => [row.from, row.to])),
    nextDueAt: due.rows[0]?.due ?? null,
  }
}

/** A published article as the change declarations see it (src/cache/invalidation.ts). */
export type DueArticle = { id: number; _status: 'published'; publishedAt: string; categories: number[]; organisations: number[] }

/** The published articles whose publish date lies in (after, until]: they become visible without any write. */
export async function readArticlesDueBetween(pool: pg.Pool, after: Date, until: Date): Promise<DueArticle[]> {
  const { rows } = await pool.query<{ id: number; published_at: Date; categories: number[]; organisations: number[] }>(
    `select a.id, a.published_at,
       coalesce(array_agg(r.categories_id) filter (where r.categories_id is not null), '{}') as categories,
       coalesce(array_agg(r.orgs_id) filter (where r.orgs_id is not null), '{}') as organisations
     from articles a left join articles_rels r on r.parent_id = a.id
     where a._status = 'published' and a.published_at > $1 and a.published_at <= $2
     group by a.id, a.published_at`,
    [after, until],
  )
  return rows.map((row) => ({
    id: row.id,
    _status: 'published',
    publishedAt: row.published_at.toISOString(),
    categories: row.categories,
    organisations: row.organisations,
  }))
}
