import type { Metadata } from 'next'
import Link from 'next/link'

import { listComingEventFilterOptions, listComingEvents, listPastEvents, type EventFilters } from '@/content/events'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { rich } from '@/i18n/rich'
import { EVENT_CATEGORIES } from '@/lib/eventCategories'
import { pageMetadata } from '@/lib/pageMetadata'
import { EVENTS_ARCHIVE_PATH, EVENTS_FEED_PATH, EVENTS_PATH, eventsListPath } from '@/lib/paths'

import { EventGrid } from './EventCard'
import { PageLanguages } from './PageLanguages'
import { Pagination } from './Pagination'

export type EventListQuery = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) || undefined

/** `?kategorie=`, `?veranstalter=` and `?seite=` (see src/server/canonicalUrl.ts); anything else is ignored. */
export function readEventQuery(query: EventListQuery): { filters: EventFilters; page: number } {
  const page = first(query.seite)
  return {
    filters: { category: first(query.kategorie), organiser: first(query.veranstalter) },
    page: page && /^[1-9]\d{0,3}$/.test(page) ? Number(page) : 1,
  }
}

/**
 * /termine and /termine/archiv: the filter (a plain GET form, no script),
 * the events as cards, pagination, the way to the other list and the calendar feed.
 */
/** Title and description of /termine or its archive; filtered and later pages are for readers, not search engines. */
export function eventListMetadata(locale: Locale, query: EventListQuery, archive: boolean): Metadata {
  const { t } = i18n(locale)
  const { filters, page } = readEventQuery(query)
  const narrowed = Boolean(filters.category || filters.organiser) || page > 1
  return {
    ...(archive
      ? pageMetadata({ title: t.events.archiveTitle, description: t.events.archiveDescription, path: EVENTS_ARCHIVE_PATH, locale })
      : pageMetadata({ title: t.events.title, description: t.events.description, path: EVENTS_PATH, locale })),
    ...(narrowed ? { robots: { index: false, follow: true } } : {}),
  }
}

export async function EventList({ locale, query, archive }: { locale: Locale; query: EventListQuery; archive: boolean }) {
  const { t, href, count } = i18n(locale)
  const { filters, page } = readEventQuery(query)
  const [list, options] = await Promise.all([
    (archive ? listPastEvents : listComingEvents)(filters, { page, locale }),
    listComingEventFilterOptions(locale),
  ])
  const filtered = Boolean(filters.category || filters.organiser)
  const path = (changes: { page?: number }) => href(eventsListPath({ archive, ...filters, ...changes }))
  const basePath = archive ? '/termine/archiv' : '/termine'
  return (
    <>
      <PageLanguages locale={locale} path={eventsListPath({ archive, ...filters, page })} />
      <div className="container">
        <h1>{archive ? t.events.archiveTitle : t.events.title}</h1>
        <form className="event-filter" method="get" action={href(basePath)} aria-label={t.events.filter}>
          <div className="field">
            <label htmlFor="termine-art">{t.events.category}</label>
            <select id="termine-art" name="kategorie" defaultValue={filters.category ?? ''}>
              <option value="">{t.events.allCategories}</option>
              {EVENT_CATEGORIES.map((c) => (
                <option key={c.value} value={c.value}>
                  {t.events.categories[c.value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="termine-veranstalter">{t.events.organiser}</label>
            <select id="termine-veranstalter" name="veranstalter" defaultValue={filters.organiser ?? ''}>
              <option value="">{t.events.allOrganisers}</option>
              <option value="verbund">{t.events.verbund}</option>
              {options.organisers.map((o) => (
                <option key={o.slug} value={o.slug} lang="de">
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <p className="field--actions">
            <button type="submit">{t.events.show}</button>
          </p>
        </form>
        <p className="count" role="status">
          {count(t.events.count, list.totalDocs)}
        </p>
        {list.docs.length > 0 ? (
          <EventGrid events={list.docs} locale={locale} />
        ) : (
          <p>
            {filtered ? (
              rich(t.events.noneFiltered, { link: <Link href={href(basePath)}>{t.events.allLink}</Link> })
            ) : (
              t.events.none
            )}
          </p>
        )}
        <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(p) => path({ page: p })} locale={locale} />
        <ul className="link-list">
          <li>
            <Link href={href(archive ? '/termine' : '/termine/archiv')}>{archive ? t.events.backToComing : t.events.archiveLink}</Link>
          </li>
          <li>
            <a href={href(EVENTS_FEED_PATH)} type="text/calendar">
              {t.events.feed}
            </a>
          </li>
        </ul>
        <p className="hint">{t.events.feedHint}</p>
      </div>
    </>
  )
}
