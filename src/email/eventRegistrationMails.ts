/** The mails of event registrations (src/forms/eventRegistration.ts), rendered from one template. */
import type { Payload } from 'payload'
import { createElement } from 'react'

import { formatEventWhen } from '@/lib/eventTime'
import { absoluteUrl, eventCalendarPath, eventPath } from '@/lib/paths'
import type { Event, EventRegistration } from '@/payload-types'

import { EventRegistrationMail, type RegistrationMailKind } from './EventRegistrationMail'
import { loadImprint } from './imprint'
import { renderEmail } from './render'

const SUBJECTS: Record<RegistrationMailKind, string> = {
  confirmed: 'Anmeldung bestätigt',
  waiting: 'Warteliste',
  promoted: 'Sie sind nachgerückt',
}

const placeOf = (event: Event): string | null => [event.place?.name, event.place?.address].filter(Boolean).join('\n') || null

export async function sendRegistrationMail(
  payload: Payload,
  { registration, event, kind, position }: { registration: EventRegistration; event: Event; kind: RegistrationMailKind; position?: number },
): Promise<void> {
  const imprint = await loadImprint(payload)
  const { html, text } = await renderEmail(
    createElement(EventRegistrationMail, {
      kind,
      name: registration.name,
      eventTitle: event.title,
      when: formatEventWhen(event),
      place: placeOf(event),
      eventUrl: absoluteUrl(eventPath(event.slug)),
      calendarUrl: absoluteUrl(eventCalendarPath(event.slug)),
      position,
      imprint,
    }),
  )
  await payload.sendEmail({
    to: registration.email,
    // Staff can answer a cancellation: replies go to the office.
    replyTo: imprint.email ?? undefined,
    subject: `${SUBJECTS[kind]}: ${event.title}`,
    html,
    text,
  })
}
