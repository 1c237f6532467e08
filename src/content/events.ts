/**
 * Termine as the public pages read them: coming events (filtered by kind and
 * organiser), the archive of past ones, one event, the next few for the home
 * page, the calendar feed, and whether an event takes registrations. Read as
 * an anonymous reader (published events only), or a staff preview.
 */
import type { TypedLocale, Where } from 'payload'
import { cache } from 'react'

import { dependencyTags as tag, recordDependency } from '@/cache/dependencies'
import { CLOSED_MESSAGES, registrationClosedReason, registrationConsentWording, registrationCounts, type ClosedReason } from '@/forms/eventRegistration'
import { retentionDays } from '@/jobs/retention/settings'
import type { CalendarEvent } from '@/lib/calendar'
import { isEventCategory } from '@/lib/eventCategories'
import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

import { recordImage, recordRichTextImages } from './dependencies'
import { countedIfNumbered, findBySlug, payloadClient } from './payload'
import type { ContentLanguage } from './translations'

export const EVENTS_PER_PAGE = 20
/** The `organiser` filter value for events of the Verbund itself (no member organisation). */
export const VERBUND_ORGANISER = 'verbund'

export type EventFilters = {
  /** An event category value (src/lib/eventCategories.ts); unknown values match nothing. */
  category?: string
  /** A member organisation's slug, or "verbund". */
  organiser?: string
}

/** What a list entry or a card needs: no description. */
const CARD_SELECT = {
  title: true,
  slug: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  lastsUntil: true,
  status: true,
  category: true,
  organiser: true,
  image: true,
  place: true,
  registration: true,
  updatedAt: true,
} as const

export type EventCard = Pick<
  Event,
  'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'endsAt' | 'allDay' | 'lastsUntil' | 'status' | 'category' | 'organiser' | 'image' | 'place' | 'registration' | 'updatedAt'
>
export type EventList = { docs: EventCard[]; page: number; totalPages: number; totalDocs: number }

function filterWhere({ category, organiser }: EventFilters): Where[] {
  const where: Where[] = []
  if (category) where.push(isEventCategory(category) ? { category: { equals: category } } : { id: { equals: 0 } })
  if (organiser === VERBUND_ORGANISER) where.push({ organiser: { exists: false } })
  else if (organiser) where.push({ 'organiser.slug': { equals: organiser } })
  return where
}

/**
 * Event cards. Only a numbered page (`page`) is counted (countedIfNumbered):
 * without one, `totalDocs` and `totalPages` describe what was read.
 */
async function findCards(where: Where[], sort: string, { page, limit = EVENTS_PER_PAGE, locale }: { page?: number; limit?: number; locale?: TypedLocale }): Promise<EventList> {
  // Any list of events moves when an event is published, moved, cancelled or over (src/cache/dependencies.ts).
  recordDependency(tag.eventsAll)
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'events',
    where: { and: where },
    sort,
    ...countedIfNumbered(page),
    limit,
    depth: 1,
    locale,
    select: CARD_SELECT,
    overrideAccess: false,
  })
  recordEvents(result.docs as EventCard[])
  return { docs: result.docs as EventCard[], page: page ?? 1, totalPages: Math.max(1, result.totalPages), totalDocs: result.totalDocs }
}

/** The events a page shows, with their images and organisers. */
function recordEvents(events: Pick<Event, 'id' | 'image' | 'organiser'>[]): void {
  for (const event of events) {
    recordDependency(tag.event(event.id))
    recordImage(event.image)
    if (event.organiser) recordDependency(tag.organisation(typeof event.organiser === 'object' ? event.organiser.id : event.organiser))
  }
}

/** Coming events (not over yet), soonest first, optionally of one kind and/or one organiser. */
export async function listComingEvents(filters: EventFilters = {}, options: { page?: number; limit?: number; locale?: TypedLocale; now?: Date } = {}): Promise<EventList> {
  const now = (options.now ?? new Date()).toISOString()
  return findCards([{ lastsUntil: { greater_than: now } }, ...filterWhere(filters)], 'startsAt', options)
}

/** The archive: events that are over, latest first. */
export async function listPastEvents(filters: EventFilters = {}, options: { page?: number; limit?: number; locale?: TypedLocale; now?: Date } = {}): Promise<EventList> {
  const now = (options.now ?? new Date()).toISOString()
  return findCards([{ lastsUntil: { less_than_equal: now } }, ...filterWhere(filters)], '-startsAt', options)
}

/** The next `limit` events for the home page (cancelled ones left out). */
export async function listNextEvents(limit = 3, locale?: TypedLocale): Promise<EventCard[]> {
  const now = new Date().toISOString()
  return (await findCards([{ lastsUntil: { greater_than: now } }, { status: { not_equals: 'cancelled' } }], 'startsAt', { limit, locale })).docs
}

/** One event by slug: published for readers, the latest draft for staff in preview. */
export const getEventBySlug = cache(async (slug: string, locale?: Locale): Promise<{ event: Event | null; preview: boolean; language: ContentLanguage }> => {
  const { doc, preview, language } = await findBySlug('events', slug, 2, locale)
  if (doc) {
    recordEvents([doc])
    recordRichTextImages(doc.description)
  }
  return { event: doc, preview, language }
})

/** The organisers and kinds that coming events have, for the filter's options (only those that find something). */
export async function listComingEventFilterOptions(locale?: TypedLocale): Promise<{ categories: string[]; organisers: { slug: string; name: string }[]; verbund: boolean }> {
  recordDependency(tag.eventsAll)
  const payload = await payloadClient()
  // Only what the options show: each coming event's kind and its organiser's name and slug.
  const { docs } = await payload.find({
    collection: 'events',
    where: { lastsUntil: { greater_than: new Date().toISOString() } },
    sort: 'startsAt',
    limit: 500,
    pagination: false,
    depth: 1,
    select: { category: true, organiser: true },
    populate: { 'member-organisations': { name: true, slug: true } },
    locale,
    overrideAccess: false,
  })
  recordEvents(docs)
  const organisers = new Map<string, string>()
  let verbund = false
  for (const doc of docs) {
    if (doc.organiser && typeof doc.organiser === 'object') organisers.set(doc.organiser.slug, doc.organiser.name)
    else if (!doc.organiser) verbund = true
  }
  return {
    categories: [...new Set(docs.map((doc) => doc.category))],
    organisers: [...organisers].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    verbund,
  }
}

/** The events of the calendar feed: every coming event (cancelled ones too, so subscribed calendars learn of it). */
export async function listCalendarFeedEvents(locale?: TypedLocale): Promise<CalendarEvent[]> {
  return (await listComingEvents({}, { limit: 500, locale })).docs
}

export type RegistrationState =
  | { open: true; placesLeft: number; waiting: number; waitingList: boolean }
  | { open: false; reason: ClosedReason; message: string }

/**
 * Whether the event's own form takes registrations, and how many places are
 * left. Counting reads the registrations with access off: only numbers leave
 * this function, never who registered.
 */
export async function getRegistrationState(event: Pick<Event, 'id' | 'registration' | 'status' | 'startsAt'>): Promise<RegistrationState> {
  // Every registration announces its event (src/cache/invalidation.ts): the places left stay current.
  recordDependency(tag.event(event.id))
  const reason = registrationClosedReason(event)
  if (reason) return { open: false, reason, message: CLOSED_MESSAGES[reason] }
  const counts = await registrationCounts(await payloadClient(), event)
  const waitingList = event.registration?.waitingList !== false
  if (counts.placesLeft === 0 && !waitingList) return { open: false, reason: 'full', message: CLOSED_MESSAGES.full }
  return { open: true, ...counts, waitingList }
}

/** The consent wording next to the registration form's checkbox: the same text each registration stores (site settings: days kept). */
export async function getRegistrationConsentWording(): Promise<string> {
  return registrationConsentWording(await retentionDays(await payloadClient(), 'registrations'))
}
