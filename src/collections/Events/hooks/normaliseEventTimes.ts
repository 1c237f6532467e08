import type { CollectionBeforeChangeHook } from 'payload'

import { startOfBerlinDay } from '@/lib/berlinTime'
import { eventLastsUntil } from '@/lib/eventTime'

/**
 * Normalises the times: an all-day event counts by days (start and end stored
 * as the start of their Berlin day, so calendars get whole days), and every
 * event stores when it is over (`lastsUntil`), which lists, the feed and the
 * deletion of registrations query.
 */
export const normaliseEventTimes: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const allDay = Boolean(data.allDay ?? originalDoc?.allDay)
  let startsAt: string | undefined = data.startsAt ?? originalDoc?.startsAt
  let endsAt: string | null | undefined = data.endsAt === undefined ? originalDoc?.endsAt : data.endsAt
  if (!startsAt) return data
  if (allDay) {
    startsAt = startOfBerlinDay(startsAt).toISOString()
    endsAt = endsAt ? startOfBerlinDay(endsAt).toISOString() : endsAt
  }
  const lastsUntil = eventLastsUntil({ startsAt, endsAt, allDay }).toISOString()
  return { ...data, startsAt, endsAt, lastsUntil }
}
