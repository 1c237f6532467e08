import { getEventBySlug } from '@/content/events'
import { localeOf } from '@/i18n/params'
import { eventIcs, icsResponse } from '@/lib/calendar'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** /termine/<slug>/kalender.ics: one event as a calendar file to download. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  const { event } = await getEventBySlug(slug, await localeOf(params))
  if (!event) {
    return new Response('Diesen Termin gibt es nicht (mehr).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  return icsResponse(eventIcs(event), `${event.slug}.ics`, { download: true })
}
