import type { Metadata } from 'next'

import { EventList, readEventQuery, type EventListQuery } from '@/components/EventList'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { EVENTS_PATH } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<EventListQuery> }

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeOf(props.params)
  const { t } = i18n(locale)
  const { filters, page } = readEventQuery(await props.searchParams)
  const narrowed = Boolean(filters.category || filters.organiser) || page > 1
  return {
    ...pageMetadata({ title: t.events.title, description: t.events.description, path: EVENTS_PATH, locale }),
    // Filtered lists are for readers; search engines get the whole list.
    ...(narrowed ? { robots: { index: false, follow: true } } : {}),
  }
}

/** Coming events, soonest first, filtered by kind and organiser. */
export default async function EventsPage(props: Props) {
  return <EventList locale={await localeOf(props.params)} query={await props.searchParams} archive={false} />
}
