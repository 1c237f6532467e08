/**
 * The VTIMEZONE block for Europe/Berlin (from tzurl.org, as
 * @touch4it/ical-timezones ships it), kept in the code: that package reads
 * its zone files from disk next to its own module, which the production
 * build moves, so the built site wrote calendar files without the block and
 * calendars took 10:00 as 10:00 UTC. The site only writes Berlin times.
 */
import { BERLIN } from './berlinTime'

const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n')

/** ical-generator's `timezone.generator`: the block for Berlin; no other zone is ever asked for. */
export const vtimezoneFor = (timezone: string): string | null => (timezone === BERLIN ? BERLIN_VTIMEZONE : null)
