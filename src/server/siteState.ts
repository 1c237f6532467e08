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
