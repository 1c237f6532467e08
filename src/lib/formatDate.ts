/** Dates as German readers expect them, always in Essen's time zone (Europe/Berlin). */
const TIME_ZONE = 'Europe/Berlin'
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' })
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

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE })

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))

/** "2. Dezember 2026 um 14:05" in Essen's time (for deadlines such as a link's expiry). */
export const formatDateTime = (date: Date): string => dateTimeFormat.format(date)

/** "Januar" … "Dezember". */
export const monthName = (month: number): string => monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)))

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
export function formatMonth(iso: string): string {
  const { year, month } = berlinYearMonth(iso)
  return `${monthName(month)} ${year}`
}
