import pg from 'pg'

import { compileRedirects, type RedirectMatcher } from './redirectRules'

/**
 * What the front server needs from the database between changes: the redirect
 * table, and when cached lists next go stale by time alone — an already-published
 * article becomes due (its publish date lies ahead), or a published event is
 * over (it leaves the coming events) — so that they are dropped at that moment.
 * Read once per change, never per request.
 */
export type SiteState = { redirects: RedirectMatcher; nextDueAt: Date | null }

export async function readSiteState(pool: pg.Pool): Promise<SiteState> {
  const [redirects, due] = await Promise.all([
    pool.query<{ from: string; to: string }>('select "from", "to" from redirects order by id'),
    pool.query<{ due: Date | null }>(
      `select min(due) as due from (
         select min(published_at) as due from articles where _status = 'published' and published_at > now()
         union all select min(lasts_until) from events where _status = 'published' and lasts_until > now()
       ) as next`,
    ),
  ])
  return {
    redirects: compileRedirects(redirects.rows),
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

/** The published events that ended in (after, until]: they leave the coming events without any write. */
export async function readEventsEndedBetween(pool: pg.Pool, after: Date, until: Date): Promise<{ id: number }[]> {
  const { rows } = await pool.query<{ id: number }>(`select id from events where _status = 'published' and lasts_until > $1 and lasts_until <= $2`, [after, until])
  return rows
}
