/**
 * Termine: member representatives propose events of their own organisation as
 * drafts which staff publish; the content module's lists (coming with filters,
 * past, next N); and the calendar files, parsed back with ical.js, with
 * Europe/Berlin times right on both sides of the changes to and from summer time.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getRegistrationState, listComingEventFilterOptions, listComingEvents, listNextEvents, listPastEvents, VERBUND_ORGANISER } from '@/content/events'
import { eventIcs, eventsFeedIcs } from '@/lib/calendar'
import { berlinWallClock } from '@/lib/berlinTime'
import { formatEventWhen } from '@/lib/eventTime'
import type { Event, MemberOrganisation, User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let editor: User
let member: User
let own: MemberOrganisation
let other: MemberOrganisation
let counter = 0
const DAY = 24 * 60 * 60 * 1000

const organisation = (name: string) =>
  payload.create({ collection: 'member-organisations', data: { name, slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`, status: 'active', _status: 'published' } as never })

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  own = await organisation('Eigener Verein')
  other = await organisation('Anderer Verein')
  member = await createUser(payload, 'member', 'Vertretung', own.id)
})

function eventData(extra: Record<string, unknown> = {}) {
  counter += 1
  return { title: `Termin ${counter}`, slug: `termin-test-${counter}`, startsAt: new Date(Date.now() + 3 * DAY).toISOString(), ...extra }
}

const asMember = { user: undefined as unknown as User, overrideAccess: false }
const anonymousSees = async (id: number) => (await payload.find({ collection: 'events', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

describe('member representatives propose, staff publish', () => {
  beforeAll(() => {
    asMember.user = member
  })

  it('a member saves a draft of their organisation; the public does not see it; staff publish it', async () => {
    const draft = await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft' }) as never, ...asMember })
    expect(typeof draft.organiser === 'object' ? draft.organiser?.id : draft.organiser).toBe(own.id)
    expect(await anonymousSees(draft.id)).toBe(false)
    expect((await payload.find({ collection: 'events', draft: true, where: { id: { equals: draft.id } }, ...asMember })).totalDocs).toBe(1)

    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(await anonymousSees(draft.id)).toBe(true)
  })

  it('a member cannot publish, not even their own event', async () => {
    await expect(payload.create({ collection: 'events', data: eventData({ _status: 'published' }) as never, ...asMember })).rejects.toThrow(/als Entwurf/)
    const draft = await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft' }) as never, ...asMember })
    await expect(payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' }, ...asMember })).rejects.toThrow(/als Entwurf/)
    expect(await anonymousSees(draft.id)).toBe(false)
  })

  it("a member cannot propose for another organisation, nor see or change another's events", async () => {
    await expect(
      payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft', organiser: other.id }) as never, ...asMember }),
    ).rejects.toThrow('Sie können nur Termine Ihres eigenen Vereins vorschlagen.')
    const foreign = await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft', organiser: other.id }) as never })
    expect((await payload.find({ collection: 'events', draft: true, where: { id: { equals: foreign.id } }, ...asMember })).totalDocs).toBe(0)
    await expect(payload.update({ collection: 'events', id: foreign.id, draft: true, data: { title: 'Übernommen' }, ...asMember })).rejects.toThrow()
    await expect(payload.delete({ collection: 'events', id: foreign.id, ...asMember })).rejects.toThrow()
  })

  it('a member may withdraw an unpublished proposal, but not delete a published event', async () => {
    const draft = await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft' }) as never, ...asMember })
    await payload.delete({ collection: 'events', id: draft.id, ...asMember })
    const published = await payload.create({ collection: 'events', data: eventData({ _status: 'published', organiser: own.id }) as never })
    await expect(payload.delete({ collection: 'events', id: published.id, ...asMember })).rejects.toThrow()
  })
})

describe('what the public pages read (src/content/events.ts)', () => {
  let ids: Record<string, number>
  beforeAll(async () => {
    const make = async (key: string, extra: Record<string, unknown>) => [key, (await payload.create({ collection: 'events', data: eventData({ _status: 'published', ...extra }) as never })).id] as const
    ids = Object.fromEntries(
      await Promise.all([
        make('soon', { startsAt: new Date(Date.now() + 1 * DAY).toISOString(), category: 'workshop', organiser: own.id }),
        make('later', { startsAt: new Date(Date.now() + 10 * DAY).toISOString(), category: 'kultur' }),
        make('cancelled', { startsAt: new Date(Date.now() + 2 * DAY).toISOString(), status: 'cancelled' }),
        make('running', { startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString() }),
        make('past', { startsAt: new Date(Date.now() - 5 * DAY).toISOString(), category: 'workshop' }),
      ]),
    )
    await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft', startsAt: new Date(Date.now() + DAY).toISOString() }) as never })
  })
  const idsOf = (docs: { id: number }[]) => docs.map((d) => d.id).filter((id) => Object.values(ids).includes(id))

  it('coming events, soonest first, with a running one, without drafts and past ones', async () => {
    expect(idsOf((await listComingEvents()).docs)).toEqual([ids.running, ids.soon, ids.cancelled, ids.later])
  })

  it('filters by kind and by organiser (a member organisation, or the Verbund itself)', async () => {
    expect(idsOf((await listComingEvents({ category: 'workshop' })).docs)).toEqual([ids.soon])
    expect(idsOf((await listComingEvents({ organiser: own.slug })).docs)).toEqual([ids.soon])
    expect(idsOf((await listComingEvents({ organiser: VERBUND_ORGANISER })).docs)).toEqual([ids.running, ids.cancelled, ids.later])
    expect((await listComingEvents({ category: 'gibt-es-nicht' })).docs).toEqual([])
    const options = await listComingEventFilterOptions()
    expect(options.categories).toEqual(expect.arrayContaining(['workshop', 'kultur']))
    expect(options.organisers).toContainEqual({ slug: own.slug, name: own.name })
    expect(options.verbund).toBe(true)
  })

  it('the archive of past events, latest first, and the next few without cancelled ones', async () => {
    expect(idsOf((await listPastEvents()).docs)).toEqual([ids.past])
    expect(idsOf(await listNextEvents(50))).toEqual([ids.running, ids.soon, ids.later])
    // The home page's few: the limit holds without a count of all coming events.
    expect(await listNextEvents(2)).toHaveLength(2)
  })

  it('registration state: numbers only, and the German reason when closed', async () => {
    const event = await payload.create({ collection: 'events', data: eventData({ _status: 'published', registration: { mode: 'internal', capacity: 4 } }) as never })
    expect(await getRegistrationState(event)).toEqual({ open: true, placesLeft: 4, waiting: 0, waitingList: true })
    expect(await getRegistrationState({ ...event, status: 'postponed' })).toMatchObject({ open: false, reason: 'cancelled' })
  })
})

describe('calendar files', () => {
  const base = { slug: 'fest', status: 'planned' as const, updatedAt: new Date().toISOString(), place: { name: 'Zeche Zollverein', address: 'Gelsenkirchener Str. 181\n45309 Essen' } }
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

  it('10:00 in Essen stays 10:00 on both sides of the change to summer time (and back)', () => {
    // Summer time begins on 29 March 2026 at 02:00 and ends on 25 October 2026 at 03:00.
    const days = ['2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25']
    const events = days.map((day, i) => ({
      ...base,
      id: i + 1,
      slug: `fest-${i}`,
      title: `Fest ${day}`,
      startsAt: berlinWallClock(`${day}T10:00`).toISOString(),
      endsAt: berlinWallClock(`${day}T12:30`).toISOString(),
    }))
    const parsed = parse(eventsFeedIcs(events))
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
    ])
    for (const event of parsed) {
      expect(event.startDate.zone?.tzid).toBe('Europe/Berlin')
      expect([event.startDate.hour, event.startDate.minute, event.endDate.hour, event.endDate.minute]).toEqual([10, 0, 12, 30])
    }
    expect(parsed[0].summary).toBe('Fest 2026-03-28')
    expect(parsed[0].location).toBe('Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen')
  })

  it('one event: a VTIMEZONE for Europe/Berlin, its address, UTC stamp; an all-day event spans whole days', () => {
    const ics = eventIcs({ ...base, id: 7, title: 'Aktionstag', allDay: true, startsAt: berlinWallClock('2026-03-28T00:00').toISOString(), endsAt: berlinWallClock('2026-03-29T00:00').toISOString() })
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin')
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
    const [event] = parse(ics)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2026-03-28')
    // The end of a calendar's all-day event is the day after its last day.
    expect(event.endDate.toString()).toBe('2026-03-30')
    expect(event.uid).toMatch(/^termin-7@/)
  })

  it('a cancelled event says so, in the title and the status', () => {
    const [event] = parse(eventIcs({ ...base, id: 8, title: 'Lesung', status: 'cancelled', startsAt: berlinWallClock('2026-05-02T19:00').toISOString() }))
    expect(event.summary).toBe('Abgesagt: Lesung')
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('German wording of when an event takes place', () => {
    const at = (local: string) => berlinWallClock(local).toISOString()
    expect(formatEventWhen({ startsAt: at('2026-03-29T10:00'), endsAt: at('2026-03-29T12:30') })).toBe('Sonntag, 29. März 2026, 10:00–12:30 Uhr')
    expect(formatEventWhen({ startsAt: at('2026-03-28T00:00'), allDay: true })).toBe('Samstag, 28. März 2026 (ganztägig)')
    expect(formatEventWhen({ startsAt: at('2026-10-24T18:00'), endsAt: at('2026-10-25T14:00') })).toBe('Samstag, 24. Oktober 2026, 18:00 Uhr – Sonntag, 25. Oktober 2026, 14:00 Uhr')
  })
})

describe('times are normalised when saved', () => {
  it('an all-day event starts and ends at midnight in Essen; lastsUntil is the end of its last day', async () => {
    const event = (await payload.create({
      collection: 'events',
      data: eventData({ _status: 'published', allDay: true, startsAt: berlinWallClock('2026-03-28T15:00').toISOString(), endsAt: berlinWallClock('2026-03-29T09:00').toISOString() }) as never,
    })) as Event
    expect(event.startsAt).toBe(berlinWallClock('2026-03-28T00:00').toISOString())
    expect(event.endsAt).toBe(berlinWallClock('2026-03-29T00:00').toISOString())
    expect(new Date(event.lastsUntil!).getTime()).toBe(berlinWallClock('2026-03-30T00:00').getTime() - 1)
  })

  it('the end may not lie before the start (German message)', async () => {
    await expect(
      payload.create({ collection: 'events', data: eventData({ _status: 'published', endsAt: new Date(Date.now() + DAY).toISOString() }) as never }),
    ).rejects.toThrow(/Ende/)
  })
})
