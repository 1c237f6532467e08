/**
 * Dates as readers of each language expect them (German by default: mails
 * and the admin), always in Essen's time zone (Europe/Berlin).
 */
import { INTL_LOCALE, type Locale } from '@/i18n/locales'

const TIME_ZONE = 'Europe/Berlin'

/** One Intl.DateTimeFormat per language and kind, made when first needed. */
function formats(options: Intl.DateTimeFormatOptions): (locale: Locale) => Intl.DateTimeFormat {
  const made = new Map<Locale, Intl.DateTimeFormat>()
  return (locale) => {
    let format = made.get(locale)
    if (!format) made.set(locale, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)))
    return format
  }
}

const dateFormat = formats({ day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const monthYearFormat = formats({ month: 'long', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = formats({ dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE })
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
})

/** "3. Mai 2026", "3 Mayıs 2026", "3 مايو 2026" … */
export const formatDate = (iso: string, locale: Locale = 'de'): string => dateFormat(locale).format(new Date(iso))

/** "2. Dezember 2026 um 14:05" in Essen's time (for deadlines such as a link's expiry). */
export const formatDateTime = (date: Date, locale: Locale = 'de'): string => dateTimeFormat(locale).format(date)

/** A calendar month as the language writes it with its year: "Mai 2026", "май 2026 г.", "May 2026". */
export const formatYearMonth = (year: number, month: number, locale: Locale = 'de'): string =>
  monthYearFormat(locale).format(new Date(Date.UTC(year, month - 1, 15)))

function berlinParts(date: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, Number(p.value)]))
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>
}

/** The calendar month an instant falls in, in Essen. */
export function berlinYearMonth(iso: string): { year: number; month: number } {
  const { year, month } = berlinParts(new Date(iso))
  return { year, month }
}

/** The instant at which a Berlin calendar day begins (midnight, summer time included). */
function berlinMidnight(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day)
  const p = berlinParts(new Date(guess))
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess
  return new Date(guess - offset)
}

/** Start (inclusive) and end (exclusive) of a month in Essen, as ISO instants. */
export function berlinMonthRange(year: number, month: number): { start: string; end: string } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  return { start: berlinMidnight(year, month, 1).toISOString(), end: berlinMidnight(next.year, next.month, 1).toISOString() }
}

/** "November 2026": the month an instant falls in, in Essen. */
export function formatMonth(iso: string, locale: Locale = 'de'): string {
  const { year, month } = berlinYearMonth(iso)
  return formatYearMonth(year, month, locale)
}
