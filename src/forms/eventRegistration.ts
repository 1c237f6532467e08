/**
 * Registering for an event through the site's own form: checked field by
 * field with German messages, a honeypot, a rate limit, and the places
 * counted under a lock per event, so that concurrent registrations can never
 * give away more places than the event has. Whoever comes after the last
 * place lands on the waiting list (when the event keeps one) and moves up
 * when a place becomes free. Every registrant gets a mail.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sendRegistrationMail } from '@/email/eventRegistrationMails'
import { retentionDays } from '@/jobs/retention/settings'
import { addressIdentity, emailIdentity, type RateLimit, withinRateLimit } from '@/lib/rateLimit'
import { inTransaction, LOCK_SPACE, lockUntilCommit } from '@/lib/transaction'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'
import type { Event, EventRegistration } from '@/payload-types'

import { filledByBot } from './honeypot'

export type RegistrationField = 'name' | 'email' | 'phone' | 'note' | 'consent'
export type RegistrationErrors = Partial<Record<RegistrationField, string>>

/** The German labels of the form, shared by the form and its error answers. */
export const REGISTRATION_LABELS: Record<RegistrationField, string> = {
  name: 'Name',
  email: 'E-Mail-Adresse',
  phone: 'Telefon (freiwillig)',
  note: 'Anmerkung (freiwillig)',
  consent: 'Einwilligung',
}

/** Registrations per IP address and per e-mail address within an hour. */
export const REGISTRATION_LIMIT: RateLimit = { bucket: 'event-registration', limit: 5, windowMs: 60 * 60 * 1000 }

const LIMITS = { name: 120, email: 254, phone: 40, note: 1000 } as const

/** What the form shows next to its checkbox, and what is stored with each registration as the consent record. */
export const registrationConsentWording = (days: number): string =>
  'Ich bin damit einverstanden, dass der Essener Verbund der Immigrantenvereine e.V. meine Angaben speichert, um meine Anmeldung ' +
  `zu bearbeiten und mich über Änderungen des Termins zu informieren. Die Angaben werden ${days} Tage nach dem Termin gelöscht.`

export type RegistrationInput = { name: string; email: string; phone: string; note: string }

/** Checks everything at once, so the reader sees every problem in one answer. */
export function readRegistration(form: FormData): { registration: RegistrationInput; errors: RegistrationErrors } {
  const text = (name: RegistrationField) => String(form.get(name) ?? '').trim()
  const registration = { name: text('name'), email: text('email').toLowerCase(), phone: text('phone'), note: text('note') }
  const errors: RegistrationErrors = {}
  if (!registration.name) errors.name = 'Bitte geben Sie Ihren Namen an.'
  if (!registration.email) errors.email = 'Bitte geben Sie Ihre E-Mail-Adresse an, damit wir Ihnen die Anmeldung bestätigen können.'
  else if (!isEmail(registration.email)) errors.email = EMAIL_MESSAGE
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (!errors[field] && registration[field].length > max) errors[field] = `Bitte höchstens ${max} Zeichen.`
  }
  if (form.get('consent') !== 'ja') errors.consent = 'Bitte bestätigen Sie mit dem Häkchen, dass wir Ihre Angaben für die Anmeldung speichern dürfen.'
  return { registration, errors }
}

/** Why an event takes no registrations (German, shown as it is). */
export type ClosedReason = 'no-registration' | 'cancelled' | 'over' | 'deadline' | 'full'
export const CLOSED_MESSAGES: Record<ClosedReason, string> = {
  'no-registration': 'Für diesen Termin ist keine Anmeldung über diese Website möglich.',
  cancelled: 'Dieser Termin findet nicht wie geplant statt. Eine Anmeldung ist zurzeit nicht möglich.',
  over: 'Dieser Termin hat schon begonnen. Eine Anmeldung ist nicht mehr möglich.',
  deadline: 'Der Anmeldeschluss ist vorbei. Eine Anmeldung ist nicht mehr möglich.',
  full: 'Leider sind alle Plätze vergeben, und es gibt keine Warteliste.',
}

export type RegistrationOutcome =
  | { kind: 'confirmed'; placesLeft: number }
  | { kind: 'waiting'; position: number }
  | { kind: 'invalid'; errors: RegistrationErrors }
  | { kind: 'closed'; reason: ClosedReason; message: string }
  | { kind: 'not-found' }
  | { kind: 'rate-limited' }

/** What the public page says after a registration (German; the mail has the details). */
export function registrationMessage(outcome: RegistrationOutcome): string {
  switch (outcome.kind) {
    case 'confirmed':
      return 'Vielen Dank, Sie sind angemeldet. Eine Bestätigung ist per E-Mail unterwegs.'
    case 'waiting':
      return `Alle Plätze sind vergeben – Sie stehen auf der Warteliste (Platz ${outcome.position}). Wird ein Platz frei, rücken Sie nach und erhalten eine E-Mail.`
    case 'invalid':
      return 'Bitte prüfen Sie Ihre Angaben.'
    case 'closed':
      return outcome.message
    case 'not-found':
      return 'Diesen Termin gibt es nicht (mehr).'
    case 'rate-limited':
      return 'Von dieser Adresse kamen gerade sehr viele Anmeldungen. Bitte versuchen Sie es in einer Stunde noch einmal.'
  }
}

/** Whether the form may take registrations now, leaving the places aside. */
export function registrationClosedReason(event: Pick<Event, 'registration' | 'status' | 'startsAt'>, now = new Date()): ClosedReason | null {
  if (event.registration?.mode !== 'internal' || !event.registration.capacity) return 'no-registration'
  if (event.status !== 'planned') return 'cancelled'
  if (new Date(event.startsAt) <= now) return 'over'
  if (event.registration.deadline && new Date(event.registration.deadline) < now) return 'deadline'
  return null
}

const countWithStatus = async (payload: Payload, eventId: number, status: EventRegistration['status'], req?: PayloadRequest) =>
  (
    await payload.count({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/** Places still free, and how many wait (numbers only: what the public page may show). */
export async function registrationCounts(payload: Payload, event: Pick<Event, 'id' | 'registration'>): Promise<{ placesLeft: number; waiting: number }> {
  const [confirmed, waiting] = await Promise.all([countWithStatus(payload, event.id, 'confirmed'), countWithStatus(payload, event.id, 'waiting')])
  return { placesLeft: Math.max(0, (event.registration?.capacity ?? 0) - confirmed), waiting }
}

const findPublishedEvent = async (payload: Payload, slug: string): Promise<Event | null> =>
  (await payload.find({ collection: 'events', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false })).docs[0] ?? null

/**
 * Runs `work` holding the event's lock until the transaction ends: inside the
 * caller's transaction when `req` has one (a hook of a staff change), else in a
 * transaction of its own.
 */
async function underEventLock<T>(payload: Payload, eventId: number, req: PayloadRequest | undefined, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  if (req?.transactionID) {
    await lockUntilCommit(req, LOCK_SPACE.eventRegistrations, eventId)
    return work(req)
  }
  return inTransaction(payload, async (tx) => {
    await lockUntilCommit(tx, LOCK_SPACE.eventRegistrations, eventId)
    return work(tx)
  })
}

type Stored = { registration: EventRegistration; outcome: Extract<RegistrationOutcome, { kind: 'confirmed' | 'waiting' }> }

/**
 * The part that must not race: under the event's lock, an address already
 * registered keeps its registration (nothing is created twice); otherwise the
 * places are counted and the registration stored as confirmed or waiting.
 */
async function storeRegistration(payload: Payload, event: Event, input: RegistrationInput, extra: { locale: string; consent: string }): Promise<Stored | { closed: 'full' }> {
  return underEventLock(payload, event.id, undefined, async (req) => {
    const capacity = event.registration?.capacity ?? 0
    const { docs } = await payload.find({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: event.id } }, { email: { equals: input.email } }, { status: { not_equals: 'cancelled' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const confirmed = await countWithStatus(payload, event.id, 'confirmed', req)
    let registration = docs[0]
    if (!registration) {
      const status = confirmed < capacity ? 'confirmed' : event.registration?.waitingList !== false ? 'waiting' : null
      if (!status) return { closed: 'full' as const }
      registration = await payload.create({
        collection: 'event-registrations',
        data: { event: event.id, status, ...input, phone: input.phone || null, note: input.note || null, ...extra },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    if (registration.status === 'confirmed') {
      const placesLeft = Math.max(0, capacity - (await countWithStatus(payload, event.id, 'confirmed', req)))
      return { registration, outcome: { kind: 'confirmed' as const, placesLeft } }
    }
    const ahead = await payload.count({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'waiting' } }, { createdAt: { less_than: registration.createdAt } }] },
      overrideAccess: true,
      req,
    })
    return { registration, outcome: { kind: 'waiting' as const, position: ahead.totalDocs + 1 } }
  })
}

/**
 * Handles one registration from the public form for the published event
 * `eventSlug`. A filled-in honeypot is answered like a success and stores
 * nothing. The mail goes out after the registration is stored; if it fails,
 * the registration stands and the failure is logged.
 */
export async function registerForEvent(
  payload: Payload,
  { eventSlug, form, clientIp, locale = 'de' }: { eventSlug: string; form: FormData; clientIp: string; locale?: string },
): Promise<RegistrationOutcome> {
  const event = await findPublishedEvent(payload, eventSlug)
  if (!event) return { kind: 'not-found' }
  if (filledByBot(form)) return { kind: 'confirmed', placesLeft: 0 }
  const closedBefore = registrationClosedReason(event)
  if (closedBefore) return { kind: 'closed', reason: closedBefore, message: CLOSED_MESSAGES[closedBefore] }
  const { registration: input, errors } = readRegistration(form)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const allowed = await withinRateLimit(payload, REGISTRATION_LIMIT, [addressIdentity(clientIp), emailIdentity(input.email)])
  if (!allowed) return { kind: 'rate-limited' }

  const consent = registrationConsentWording(await retentionDays(payload, 'registrations'))
  const stored = await storeRegistration(payload, event, input, { locale, consent })
  if ('closed' in stored) return { kind: 'closed', reason: 'full', message: CLOSED_MESSAGES.full }
  const { outcome } = stored
  await mailQuietly(payload, stored.registration, event, outcome.kind, outcome.kind === 'waiting' ? outcome.position : undefined)
  return stored.outcome
}

async function mailQuietly(
  payload: Payload,
  registration: EventRegistration,
  event: Event,
  kind: 'confirmed' | 'waiting' | 'promoted',
  position?: number,
): Promise<void> {
  try {
    await sendRegistrationMail(payload, { registration, event, kind, position })
  } catch (error) {
    payload.logger.error({ err: error, registration: registration.id, event: event.id }, 'Could not send the mail of an event registration')
  }
}

/**
 * A place became free (a registration was cancelled or deleted, or the
 * capacity raised): the longest-waiting registrants move up, under the same
 * lock as new registrations, and each gets a mail. Given the `req` of a staff
 * change, it works inside that change's transaction, so it counts the change.
 */
export async function promoteFromWaitingList(payload: Payload, eventId: number, outerReq?: PayloadRequest): Promise<number> {
  const promoted = await underEventLock(payload, eventId, outerReq, async (req) => {
    const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!event || event.registration?.mode !== 'internal') return []
    const free = (event.registration.capacity ?? 0) - (await countWithStatus(payload, eventId, 'confirmed', req))
    if (free <= 0) return []
    const { docs } = await payload.find({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waiting' } }] },
      sort: 'createdAt',
      limit: free,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const updated: EventRegistration[] = []
    for (const doc of docs) {
      updated.push(
        await payload.update({
          collection: 'event-registrations',
          id: doc.id,
          data: { status: 'confirmed', promotedAt: new Date().toISOString() },
          depth: 0,
          overrideAccess: true,
          req,
        }),
      )
    }
    return updated.map((registration) => ({ registration, event }))
  })
  for (const { registration, event } of promoted) await mailQuietly(payload, registration, event, 'promoted')
  return promoted.length
}
