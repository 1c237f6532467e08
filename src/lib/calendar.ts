/**
 * Calendar files (iCalendar, RFC 5545) of events: one event's `.ics` and the
 * feed of coming events to subscribe to. Times are written in Europe/Berlin
 * with a VTIMEZONE block, so a calendar shows 10:00 for a 10:00 event on
 * both sides of the change to summer time. (ical-generator formats plain Dates
 * in the server's own zone; luxon DateTimes in the event's zone are exact.)
 */
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator'
import { DateTime } from 'luxon'

import { BERLIN } from './berlinTime'
import { vtimezoneFor } from './berlinVtimezone'
import { absoluteUrl, eventPath, siteUrl } from './paths'

export type CalendarEvent = {
  id: number
  slug: string
  title: string
  summary?: string | null
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  status: 'planned' | 'cancelled' | 'postponed'
  place?: { name?: string | null; address?: string | null } | null
  updatedAt: string
}

const inBerlin = (iso: string) => DateTime.fromISO(iso, { zone: BERLIN })
const STATUS = { planned: ICalEventStatus.CONFIRMED, cancelled: ICalEventStatus.CANCELLED, postponed: ICalEventStatus.TENTATIVE }
const host = () => new URL(siteUrl()).hostname

function calendar(name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Essener Verbund der Immigrantenvereine e.V.', product: 'Termine', language: 'DE' },
    // No calendar-wide zone (it would write DTSTAMP as Berlin time without "Z"); each event carries
    // TZID=Europe/Berlin, and the generator adds the VTIMEZONE block for it.
    timezone: { name: null, generator: vtimezoneFor },
    url: absoluteUrl('/termine'),
    ttl: 60 * 60,
  })
}

function addEvent(cal: ICalCalendar, event: CalendarEvent): void {
  const start = inBerlin(event.startsAt)
  const url = absoluteUrl(eventPath(event.slug))
  const prefix = event.status === 'cancelled' ? 'Abgesagt: ' : event.status === 'postponed' ? 'Verschoben: ' : ''
  const timing = event.allDay
    ? // Whole days; the end of an all-day event is the day after its last day.
      { allDay: true, start: start.startOf('day'), end: inBerlin(event.endsAt || event.startsAt).startOf('day').plus({ days: 1 }) }
    : { start, end: event.endsAt ? inBerlin(event.endsAt) : start.plus({ hours: 2 }) }
  cal.createEvent({
    id: `termin-${event.id}@${host()}`,
    ...timing,
    timezone: BERLIN,
    stamp: new Date(event.updatedAt),
    summary: `${prefix}${event.title}`,
    description: [event.summary, url].filter(Boolean).join('\n\n'),
    location: [event.place?.name, event.place?.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ') || undefined,
    url,
    status: STATUS[event.status],
  })
}

/** One event's `.ics` file. */
export function eventIcs(event: CalendarEvent): string {
  const cal = calendar(event.title)
  addEvent(cal, event)
  return cal.toString()
}

/** The feed of coming events, to subscribe to in a calendar program. */
export function eventsFeedIcs(events: CalendarEvent[], name = 'Termine – Essener Verbund der Immigrantenvereine'): string {
  const cal = calendar(name)
  for (const event of events) addEvent(cal, event)
  return cal.toString()
}

/** How a calendar file is answered (inline for a feed, as a download for one event). */
export function icsResponse(body: string, filename: string, { download }: { download: boolean }): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${filename}"`,
      'cache-control': 'public, max-age=300',
    },
  })
}
