/** When an event takes place, as German readers expect it, in Essen's time. */
import { DateTime } from 'luxon'

import { INTL_LOCALE, type Locale } from '@/i18n/locales'

import { BERLIN } from './berlinTime'

type When = { startsAt: string; endsAt?: string | null; allDay?: boolean | null }

const at = (iso: string) => DateTime.fromISO(iso, { zone: BERLIN }).setLocale('de')
const day = (t: DateTime) => t.toFormat('cccc, d. MMMM yyyy')
const time = (t: DateTime) => t.toFormat('HH:mm')

/**
 * "Samstag, 28. März 2026, 10:00–12:00 Uhr", "Samstag, 28. März 2026 (ganztägig)",
 * "28. März 2026, 18:00 Uhr – 29. März 2026, 14:00 Uhr".
 */
export function formatEventWhen({ startsAt, endsAt, allDay }: When): string {
  const start = at(startsAt)
  const end = endsAt ? at(endsAt) : null
  const sameDay = !end || end.hasSame(start, 'day')
  if (allDay) return sameDay ? `${day(start)} (ganztägig)` : `${day(start)} bis ${day(end!)}`
  if (!end) return `${day(start)}, ${time(start)} Uhr`
  if (sameDay) return `${day(start)}, ${time(start)}–${time(end)} Uhr`
  return `${day(start)}, ${time(start)} Uhr – ${day(end)}, ${time(end)} Uhr`
}

/**
 * When an event is over: its end; an all-day event, or one without an end,
 * lasts until the end of its (last) Berlin day, so it stays among the coming
 * events all that day.
 */
export function eventLastsUntil({ startsAt, endsAt, allDay }: When): Date {
  if (endsAt && !allDay) return new Date(endsAt)
  return at(endsAt || startsAt).endOf('day').toJSDate()
}

const INTL: Record<Locale, string> = INTL_LOCALE

/**
 * The same in the reader's language (Intl, Europe/Berlin): German keeps the
 * wording above ("… Uhr"); other languages get their own date and time forms.
 */
export function formatEventWhenIn(when: When, locale: Locale): string {
  if (locale === 'de') return formatEventWhen(when)
  const start = new Date(when.startsAt)
  const end = when.endsAt ? new Date(when.endsAt) : null
  const options: Intl.DateTimeFormatOptions = when.allDay
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: BERLIN }
    : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: BERLIN }
  const format = new Intl.DateTimeFormat(INTL[locale], options)
  return end && end > start ? format.formatRange(start, end) : format.format(start)
}
