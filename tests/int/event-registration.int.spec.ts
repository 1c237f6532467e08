/**
 * Registering for events through the real pieces: the registration module,
 * PostgreSQL (the per-event lock under parallel registrations), mail over SMTP
 * to a real SMTP server process, the CSV export, moving up from the waiting
 * list, and the nightly deletion of registrations as a jobs-queue task.
 */
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '@/payload-types'

import { smtpEnvironment, startSmtpSink, type ReceivedMail } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

// The mail adapter is chosen when Payload's config is built: the sink must be running first.
const sink = await startSmtpSink()
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { registerForEvent, registrationMessage, REGISTRATION_LIMIT } = await import('@/forms/eventRegistration')
const { exportRegistrationsCsv } = await import('@/collections/EventRegistrations/csv')
const registrationRoute = await import('@/app/(frontend)/[locale]/termine/[slug]/anmelden/route')
const { registrationEndpoints } = await import('@/collections/EventRegistrations/endpoints')

let payload: Payload
let editor: User
let member: User
let counter = 0
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  const organisation = await payload.create({ collection: 'member-organisations', data: { name: 'Verein der Vertretung', slug: 'verein-der-vertretung', status: 'active', _status: 'published' } as never })
  member = await createUser(payload, 'member', 'Vertretung', organisation.id)
})

async function createEvent(data: Partial<Event> & { capacity?: number; waitingList?: boolean } = {}): Promise<Event> {
  counter += 1
  const { capacity = 2, waitingList = true, ...rest } = data
  return payload.create({
    collection: 'events',
    data: {
      title: `Workshop ${counter}`,
      slug: `workshop-${counter}`,
      startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
      _status: 'published',
      place: { name: 'Verbundbüro', address: 'Musterstraße 1\n45127 Essen' },
      registration: { mode: 'internal', capacity, waitingList },
      ...rest,
    } as never,
  })
}

let person = 0
/** A filled-in form of a new person (own address and IP, so rate limits of other tests never interfere). */
function registration(fields: Record<string, string> = {}) {
  person += 1
  const form = new FormData()
  for (const [name, value] of Object.entries({ name: `Person ${person}`, email: `person-${person}@beispiel.de`, consent: 'ja', homepage: '', ...fields })) {
    form.set(name, value)
  }
  return { form, clientIp: `198.51.100.${person % 250}`, email: String(form.get('email')) }
}

const register = (event: Event, entry = registration()) => registerForEvent(payload, { eventSlug: event.slug, form: entry.form, clientIp: entry.clientIp })

const registrationsOf = async (event: Event) =>
  (await payload.find({ collection: 'event-registrations', where: { event: { equals: event.id } }, sort: 'createdAt', limit: 100 })).docs

async function mailsTo(email: string, count: number): Promise<ReceivedMail[]> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const mails = sink.received.filter((mail) => mail.to.includes(email))
    if (mails.length >= count || Date.now() > deadline) return mails
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('registering', () => {
  it('capacity 2: the first two get a place, the third lands on the waiting list; each gets a mail over SMTP', async () => {
    const event = await createEvent({ capacity: 2 })
    const people = [registration(), registration(), registration()]
    expect(await register(event, people[0])).toEqual({ kind: 'confirmed', placesLeft: 1 })
    expect(await register(event, people[1])).toEqual({ kind: 'confirmed', placesLeft: 0 })
    const waiting = await register(event, people[2])
    expect(waiting).toEqual({ kind: 'waiting', position: 1 })
    expect(registrationMessage(waiting)).toBe('Alle Plätze sind vergeben – Sie stehen auf der Warteliste (Platz 1). Wird ein Platz frei, rücken Sie nach und erhalten eine E-Mail.')
    expect((await registrationsOf(event)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waiting'])

    const [first] = await mailsTo(people[0].email, 1)
    expect(first.parsed.subject).toBe(`Anmeldung bestätigt: ${event.title}`)
    expect(first.parsed.text).toContain('Wir haben einen Platz für Sie reserviert')
    // Essen's time, whatever the server's zone.
    expect(first.parsed.text).toMatch(/\d{1,2}\. \w+ \d{4}, \d{2}:\d{2} Uhr/)
    expect(first.parsed.text).toContain(`/termine/${event.slug}/kalender.ics`)
    const [third] = await mailsTo(people[2].email, 1)
    expect(third.parsed.subject).toBe(`Warteliste: ${event.title}`)
    expect(third.parsed.text).toContain('Sie stehen auf der Warteliste an Stelle 1')
  })

  it('twelve parallel registrations for 3 places: exactly 3 places given, the rest wait in order', async () => {
    const event = await createEvent({ capacity: 3 })
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => register(event)))
    expect(outcomes.filter((o) => o.kind === 'confirmed')).toHaveLength(3)
    const positions = outcomes.flatMap((o) => (o.kind === 'waiting' ? [o.position] : [])).sort((a, b) => a - b)
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    const stored = await registrationsOf(event)
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(3)
    expect(stored.filter((r) => r.status === 'waiting')).toHaveLength(9)
  })

  it('without a waiting list a full event says so in German, and stores nothing', async () => {
    const event = await createEvent({ capacity: 1, waitingList: false })
    expect((await register(event)).kind).toBe('confirmed')
    const outcome = await register(event)
    expect(outcome).toMatchObject({ kind: 'closed', reason: 'full', message: 'Leider sind alle Plätze vergeben, und es gibt keine Warteliste.' })
    expect(await registrationsOf(event)).toHaveLength(1)
  })

  it('the same address twice keeps one registration', async () => {
    const event = await createEvent({ capacity: 5 })
    const entry = registration()
    await register(event, entry)
    const again = registration({ email: entry.email.toUpperCase(), name: 'Noch einmal' })
    expect((await register(event, again)).kind).toBe('confirmed')
    expect(await registrationsOf(event)).toHaveLength(1)
  })

  it('checks every field with German messages, and stores nothing', async () => {
    const event = await createEvent()
    const outcome = await register(event, registration({ name: '', email: 'keine-adresse', consent: '', note: 'x'.repeat(1001) }))
    expect(outcome).toEqual({
      kind: 'invalid',
      errors: {
        name: 'Bitte geben Sie Ihren Namen an.',
        email: 'Bitte eine gültige E-Mail-Adresse angeben.',
        note: 'Bitte höchstens 1000 Zeichen.',
        consent: 'Bitte bestätigen Sie mit dem Häkchen, dass wir Ihre Angaben für die Anmeldung speichern dürfen.',
      },
    })
    expect(await registrationsOf(event)).toHaveLength(0)
  })

  it('a filled-in honeypot is answered like a success and stores nothing', async () => {
    const event = await createEvent()
    expect((await register(event, registration({ homepage: 'https://spam.example' }))).kind).toBe('confirmed')
    expect(await registrationsOf(event)).toHaveLength(0)
  })

  it('limits registrations per address', async () => {
    const event = await createEvent({ capacity: 50 })
    const ip = '203.0.113.77'
    const outcomes = []
    for (let i = 0; i <= REGISTRATION_LIMIT.limit; i += 1) outcomes.push(await register(event, { ...registration(), clientIp: ip }))
    expect(outcomes.slice(0, REGISTRATION_LIMIT.limit).every((o) => o.kind === 'confirmed')).toBe(true)
    expect(outcomes.at(-1)).toEqual({ kind: 'rate-limited' })
  })

  it('refuses drafts, unknown, cancelled, started and past-deadline events', async () => {
    const draft = await payload.create({ collection: 'events', draft: true, data: { title: 'Entwurf', slug: `entwurf-${++counter}`, startsAt: new Date(Date.now() + DAY).toISOString(), _status: 'draft', registration: { mode: 'internal', capacity: 5 } } as never })
    expect(await register(draft)).toEqual({ kind: 'not-found' })
    expect((await register(await createEvent({ status: 'cancelled' }))).kind).toBe('closed')
    expect(await register(await createEvent({ startsAt: new Date(Date.now() - 60_000).toISOString() }))).toMatchObject({ kind: 'closed', reason: 'over' })
    expect(await register(await createEvent({ registration: { mode: 'internal', capacity: 5, deadline: new Date(Date.now() - 60_000).toISOString() } } as never))).toMatchObject({ kind: 'closed', reason: 'deadline' })
    expect(await register(await createEvent({ registration: { mode: 'external', externalUrl: 'https://example.org' } } as never))).toMatchObject({ kind: 'closed', reason: 'no-registration' })
  })
})

describe('the route of the public form', () => {
  const post = (event: Event, entry: ReturnType<typeof registration>, json = false) =>
    registrationRoute.POST(
      new Request(`http://localhost:3000/termine/${event.slug}/anmelden`, {
        method: 'POST',
        body: entry.form,
        headers: { 'x-evi-client-ip': entry.clientIp, ...(json ? { accept: 'application/json' } : {}) },
      }),
      { params: Promise.resolve({ locale: 'de', slug: event.slug }) },
    )

  it('answers in German: registered, waiting list, problems with a way back', async () => {
    const event = await createEvent({ capacity: 1 })
    const first = await post(event, registration())
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('Sie sind angemeldet')
    const second = await post(event, registration(), true)
    expect(await second.json()).toMatchObject({ ok: true, status: 'waiting' })
    const bad = await post(event, registration({ email: 'nein' }))
    expect(bad.status).toBe(400)
    const page = await bad.text()
    expect(page).toContain('E-Mail-Adresse:</strong> Bitte eine gültige E-Mail-Adresse angeben.')
    expect(page).toContain(`href="/termine/${event.slug}"`)
  })

  it('refuses a body far larger than the form (413)', async () => {
    const event = await createEvent()
    const huge = registration({ note: 'x'.repeat(20_000) })
    const answer = await registrationRoute.POST(
      new Request(`http://localhost:3000/termine/${event.slug}/anmelden`, {
        method: 'POST',
        body: new URLSearchParams(Object.fromEntries([...huge.form.entries()].map(([k, v]) => [k, String(v)]))),
        headers: { 'x-evi-client-ip': huge.clientIp, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '20100' },
      }),
      { params: Promise.resolve({ locale: 'de', slug: event.slug }) },
    )
    expect(answer.status).toBe(413)
  })
})

describe('the waiting list moves up', () => {
  it('when staff cancel a confirmed registration, the first waiting person gets the place and a mail', async () => {
    const event = await createEvent({ capacity: 1 })
    const [a, b, c] = [registration(), registration(), registration()]
    for (const entry of [a, b, c]) await register(event, entry)
    const [first] = await registrationsOf(event)
    await payload.update({ collection: 'event-registrations', id: first.id, data: { status: 'cancelled' }, user: editor, overrideAccess: false })
    expect((await registrationsOf(event)).map((r) => [r.email, r.status])).toEqual([
      [a.email, 'cancelled'],
      [b.email, 'confirmed'],
      [c.email, 'waiting'],
    ])
    const mails = await mailsTo(b.email, 2)
    expect(mails.map((m) => m.parsed.subject)).toEqual([`Warteliste: ${event.title}`, `Sie sind nachgerückt: ${event.title}`])
  })

  it('when staff delete a confirmed registration, or raise the capacity', async () => {
    const event = await createEvent({ capacity: 1 })
    for (let i = 0; i < 4; i += 1) await register(event)
    const [first] = await registrationsOf(event)
    await payload.delete({ collection: 'event-registrations', id: first.id, user: editor, overrideAccess: false })
    expect((await registrationsOf(event)).map((r) => r.status)).toEqual(['confirmed', 'waiting', 'waiting'])
    await payload.update({ collection: 'events', id: event.id, data: { registration: { mode: 'internal', capacity: 3 } }, user: editor, overrideAccess: false })
    expect((await registrationsOf(event)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed'])
  })
})

describe('the list for staff', () => {
  it('exports CSV for a spreadsheet: BOM, semicolons, German headers, formulas defused', async () => {
    const event = await createEvent({ capacity: 1 })
    await register(event, registration({ name: '=HYPERLINK("http://böse.example","Klick")', note: '+49 201 123' }))
    await register(event, registration({ name: 'Zoë Öztürk' }))
    const csv = await exportRegistrationsCsv(payload, event.id)
    expect(csv.startsWith('\ufeff')).toBe(true)
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.Name, r.Status])).toEqual([
      ["'=HYPERLINK(\"http://böse.example\",\"Klick\")", 'angemeldet'],
      ['Zoë Öztürk', 'Warteliste'],
    ])
    expect(rows[0].Anmerkung).toBe("'+49 201 123")
    expect(rows[0].Termin).toBe(event.title)
  })

  it('the export endpoint answers staff only', async () => {
    const handler = registrationEndpoints.find((e) => e.path === '/export.csv')!.handler
    const call = (user: User | null) => handler({ user, payload, url: 'http://localhost/api/event-registrations/export.csv' } as never)
    expect((await call(null)).status).toBe(403)
    expect((await call(member)).status).toBe(403)
    const answer = await call(editor)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  })

  it('nobody but staff reads registrations through the API', async () => {
    const event = await createEvent()
    await register(event)
    await expect(payload.find({ collection: 'event-registrations', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'event-registrations', overrideAccess: false, user: member })).rejects.toThrow()
    expect((await payload.find({ collection: 'event-registrations', overrideAccess: false, user: editor, where: { event: { equals: event.id } } })).totalDocs).toBe(1)
  })
})

describe('registrations are deleted a set time after the event', () => {
  const pastEvent = (daysAgo: number) =>
    createEvent({ startsAt: new Date(Date.now() - daysAgo * DAY - 3_600_000).toISOString(), endsAt: new Date(Date.now() - daysAgo * DAY).toISOString() })
  const addRegistration = (event: Event) =>
    payload.create({ collection: 'event-registrations', data: { event: event.id, name: 'Alt', email: `alt-${++person}@beispiel.de`, status: 'confirmed' } })

  it('by the nightly jobs-queue task: 30 days by default, then the period set in the site settings', async () => {
    const [old, recent, coming] = [await pastEvent(31), await pastEvent(20), await createEvent()]
    for (const event of [old, recent, coming]) await addRegistration(event)

    await payload.jobs.queue({ task: 'deleteExpiredRegistrations', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect(await registrationsOf(old)).toHaveLength(0)
    expect(await registrationsOf(recent)).toHaveLength(1)
    expect(await registrationsOf(coming)).toHaveLength(1)

    await payload.updateGlobal({ slug: 'site-settings', data: { retention: { registrationDays: 14 } } })
    try {
      await payload.jobs.queue({ task: 'deleteExpiredRegistrations', input: {} })
      await payload.jobs.run({ queue: 'default' })
      expect(await registrationsOf(recent)).toHaveLength(0)
      expect(await registrationsOf(coming)).toHaveLength(1)
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { retention: { registrationDays: null } } })
    }
  })

  it('the task is on the schedule the server cron runs', async () => {
    const { queued } = await payload.jobs.handleSchedules({ queue: 'default' })
    expect(queued.map((q) => q.taskConfig?.slug)).toContain('deleteExpiredRegistrations')
  })

  it('deleting an event deletes its registrations', async () => {
    const event = await createEvent()
    await addRegistration(event)
    await payload.delete({ collection: 'events', id: event.id, user: editor, overrideAccess: false })
    expect((await payload.count({ collection: 'event-registrations', where: { event: { equals: event.id } } })).totalDocs).toBe(0)
  })
})
