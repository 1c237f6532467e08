import type { Metadata } from 'next'

import { EventList, eventListMetadata, type EventListQuery } from '@/components/EventList'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<EventListQuery> }

export async function generateMetadata(props: Props): Promise<Metadata> {
  return eventListMetadata(await localeOf(props.params), await props.searchParams, true)
}

/** Past events, latest first. */
export default async function EventArchivePage(props: Props) {
  return <EventList locale={await localeOf(props.params)} query={await props.searchParams} archive={true} />
}
