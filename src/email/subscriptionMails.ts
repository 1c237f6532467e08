/**
 * The mails of subscribing: the double opt-in request, the confirmation, and
 * the note to an address that is already subscribed, each in the reader's
 * language. Each is one template rendered to HTML and plain text, sent
 * through Payload's mail adapter (SMTP, or the outbox folder in development:
 * src/lib/email.ts).
 */
import type { Payload } from 'payload'
import { createElement } from 'react'

import { absoluteUrl, confirmSubscriptionPath } from '@/lib/paths'

import { AlreadySubscribed } from './AlreadySubscribed'
import { ConfirmSubscription } from './ConfirmSubscription'
import { mailLanguageOf, mailTexts, type MailLanguage } from './i18n'
import { loadImprint } from './imprint'
import { renderEmail } from './render'
import { SubscriptionConfirmed } from './SubscriptionConfirmed'
import { issueSubscriberLinks } from './unsubscribeLink'

type Subscriber = { id: number; email: string; language?: string | null }

export async function sendConfirmationRequest(
  payload: Payload,
  { to, token, expiresAt, language }: { to: string; token: string; expiresAt: Date; language: MailLanguage },
): Promise<void> {
  const imprint = await loadImprint(payload, language)
  const confirmUrl = absoluteUrl(confirmSubscriptionPath(token))
  const { html, text } = await renderEmail(createElement(ConfirmSubscription, { language, confirmUrl, expiresAt, imprint }))
  await payload.sendEmail({ to, subject: mailTexts(language).confirm.subject, html, text })
}

/** Mails to a subscriber carry their own links (unsubscribe, language) in the footer, and the List-Unsubscribe headers. */
async function sendToSubscriber(
  payload: Payload,
  subscriber: Subscriber,
  subject: (language: MailLanguage) => string,
  template: typeof SubscriptionConfirmed | typeof AlreadySubscribed,
): Promise<void> {
  const language = mailLanguageOf(subscriber.language)
  const [imprint, links] = await Promise.all([loadImprint(payload, language), issueSubscriberLinks(payload, subscriber.id)])
  const { html, text } = await renderEmail(
    createElement(template, { language, unsubscribeUrl: links.unsubscribeUrl, languageUrl: links.languageUrl, imprint }),
  )
  await payload.sendEmail({ to: subscriber.email, subject: subject(language), html, text, headers: links.headers })
}

export const sendSubscriptionConfirmed = (payload: Payload, subscriber: Subscriber) =>
  sendToSubscriber(payload, subscriber, (language) => mailTexts(language).confirmed.subject, SubscriptionConfirmed)

export const sendAlreadySubscribed = (payload: Payload, subscriber: Subscriber) =>
  sendToSubscriber(payload, subscriber, (language) => mailTexts(language).alreadySubscribed.subject, AlreadySubscribed)
