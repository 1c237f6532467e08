import { listCalendarFeedEvents } from '@/content/events'
import { localeOf } from '@/i18n/params'
import { eventsFeedIcs, icsResponse } from '@/lib/calendar'

/** /termine/kalender.ics (/tr/termine/kalender.ics …): every coming event, to subscribe to in a calendar program. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  return icsResponse(eventsFeedIcs(await listCalendarFeedEvents(await localeOf(params))), 'termine.ics', { download: false })
}
