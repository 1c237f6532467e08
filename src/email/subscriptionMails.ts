/**
 * The mails of subscribing: the double opt-in request, the confirmation, and
 * the note to an address that is already subscribed. Each is one template
 * rendered to HTML and plain text, sent through Payload's mail adapter
 * (SMTP, or the outbox folder in development: src/lib/email.ts).
 */
import type { Payload } from 'payload'
import { createElement } from 'react'

import { absoluteUrl, confirmSubscriptionPath } from '@/lib/paths'

import { AlreadySubscribed } from './AlreadySubscribed'
import { ConfirmSubscription } from './ConfirmSubscription'
import { loadImprint } from './imprint'
import { renderEmail } from './render'
import { SubscriptionConfirmed } from './SubscriptionConfirmed'
import { issueUnsubscribeLink } from './unsubscribeLink'

type Subscriber = { id: number; email: string }

export async function sendConfirmationRequest(payload: Payload, { to, token, expiresAt }: { to: string; token: string; expiresAt: Date }): Promise<void> {
  const imprint = await loadImprint(payload)
  const confirmUrl = absoluteUrl(confirmSubscriptionPath(token))
  const { html, text } = await renderEmail(createElement(ConfirmSubscription, { confirmUrl, expiresAt, imprint }))
  await payload.sendEmail({ to, subject: 'Bitte bestätigen Sie Ihre Anmeldung zu migo', html, text })
}

/** Mails to a subscriber carry their own unsubscribe link, in the footer and in the List-Unsubscribe headers. */
async function sendToSubscriber(
  payload: Payload,
  subscriber: Subscriber,
  subject: string,
  template: typeof SubscriptionConfirmed | typeof AlreadySubscribed,
): Promise<void> {
  const [imprint, unsubscribe] = await Promise.all([loadImprint(payload), issueUnsubscribeLink(payload, subscriber.id)])
  const { html, text } = await renderEmail(createElement(template, { unsubscribeUrl: unsubscribe.url, imprint }))
  await payload.sendEmail({ to: subscriber.email, subject, html, text, headers: unsubscribe.headers })
}

export const sendSubscriptionConfirmed = (payload: Payload, subscriber: Subscriber) =>
  sendToSubscriber(payload, subscriber, 'Willkommen bei migo – Ihre Anmeldung ist bestätigt', SubscriptionConfirmed)

export const sendAlreadySubscribed = (payload: Payload, subscriber: Subscriber) =>
  sendToSubscriber(payload, subscriber, 'Sie erhalten migo bereits', AlreadySubscribed)
