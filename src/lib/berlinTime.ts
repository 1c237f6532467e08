/** Essen's calendar days, with summer time: luxon knows the zone's rules. */
import { DateTime } from 'luxon'

export const BERLIN = 'Europe/Berlin'

const inBerlin = (value: Date | string) => DateTime.fromJSDate(new Date(value), { zone: BERLIN })

/** The instant at which the Berlin day of `value` begins. */
export const startOfBerlinDay = (value: Date | string): Date => inBerlin(value).startOf('day').toJSDate()

/** "2026-03-29": the Berlin calendar day of an instant. */
export const berlinDay = (value: Date | string): string => inBerlin(value).toISODate()!

/** The instant a Berlin wall-clock time stands for ("2026-03-29T10:00" → 08:00 UTC in summer time). */
export const berlinWallClock = (local: string): Date => DateTime.fromISO(local, { zone: BERLIN }).toJSDate()
