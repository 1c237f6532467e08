import { listCalendarFeedEvents } from '@/content/events'
import { eventsFeedIcs, icsResponse } from '@/lib/calendar'

/** /termine/kalender.ics: every coming event, to subscribe to in a calendar program. */
export async function GET(): Promise<Response> {
  return icsResponse(eventsFeedIcs(await listCalendarFeedEvents()), 'termine.ics', { download: false })
}
