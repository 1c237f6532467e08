/**
 * What the links in the mails do: confirm a sign-up (double opt-in),
 * unsubscribe in one click, and change the language of the mails. Opening a
 * link only reads (link scanners of mail providers open every link); the
 * button of the page it shows acts. Route handlers under
 * src/app/(frontend)/newsletter/ only turn these outcomes into answers.
 */
import type { Payload } from 'payload'

import { isMailLanguage, mailLanguageOf, type MailLanguage } from '@/email/i18n'
import { sendSubscriptionConfirmed } from '@/email/subscriptionMails'
import { hashToken, isTokenShaped } from '@/lib/tokens'
import type { NewsletterSubscriber } from '@/payload-types'

export type ConfirmOutcome = 'confirmed' | 'expired' | 'unknown'
export type ConfirmLinkState = 'valid' | Exclude<ConfirmOutcome, 'confirmed'>

/** Whose confirmation link this is, and whether it still works; reads only. */
async function confirmationOf(payload: Payload, token: unknown): Promise<{ state: ConfirmLinkState; subscriber?: NewsletterSubscriber }> {
  if (!isTokenShaped(token)) return { state: 'unknown' }
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { confirmTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (!subscriber) return { state: 'unknown' }
  if (!subscriber.confirmTokenExpiresAt || new Date(subscriber.confirmTokenExpiresAt).getTime() < Date.now()) return { state: 'expired', subscriber }
  return { state: 'valid', subscriber }
}

/** Whether a confirmation link would still confirm, and in whose language, without confirming: for the page opening the link shows. */
export async function confirmationLink(payload: Payload, token: unknown): Promise<{ state: ConfirmLinkState; language: MailLanguage }> {
  const { state, subscriber } = await confirmationOf(payload, token)
  return { state, language: mailLanguageOf(subscriber?.language) }
}

/**
 * Confirms the subscription whose link this is, records when and from which
 * address, and makes the link single-use. The welcome mail (with the first
 * unsubscribe link) failing does not undo the confirmation.
 */
export async function confirmSubscription(payload: Payload, token: unknown, clientIp: string): Promise<ConfirmOutcome> {
  const { state, subscriber } = await confirmationOf(payload, token)
  if (state === 'expired') return 'expired'
  if (state !== 'valid' || !subscriber) return 'unknown'

  await payload.update({
    collection: 'newsletter-subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      consent: { ...subscriber.consent, confirmedAt: new Date().toISOString(), confirmedIp: clientIp },
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    depth: 0,
    overrideAccess: true,
  })
  try {
    await sendSubscriptionConfirmed(payload, subscriber)
  } catch (error) {
    payload.logger.error({ err: error, subscriber: subscriber.id }, 'Could not send the welcome mail of a confirmed subscription')
  }
  return 'confirmed'
}

export type UnsubscribeOutcome = 'unsubscribed' | 'unknown'

/** Whether an unsubscribe link is one of ours and in whose language, without acting: for the page opening the link shows. */
export async function unsubscribeLink(payload: Payload, token: unknown): Promise<{ known: boolean; language: MailLanguage }> {
  const subscriber = await subscriberOfLink(payload, token)
  return { known: subscriber !== null, language: mailLanguageOf(subscriber?.language) }
}

/**
 * Unsubscribes whoever this link was mailed to, at once: no login, no second
 * question. Any link ever mailed to them works, also after they subscribed
 * again. A pending confirmation link stops working too.
 */
export async function unsubscribe(payload: Payload, token: unknown): Promise<UnsubscribeOutcome> {
  const subscriber = await subscriberOfLink(payload, token)
  if (!subscriber) return 'unknown'
  if (subscriber.status !== 'unsubscribed') {
    await payload.update({
      collection: 'newsletter-subscribers',
      id: subscriber.id,
      data: {
        status: 'unsubscribed',
        consent: { ...subscriber.consent, unsubscribedAt: new Date().toISOString() },
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
  return 'unsubscribed'
}

/**
 * Whose mail a link came from: every mail to a subscriber carries one token
 * (its hash in `newsletter-unsubscribe-tokens`) in its unsubscribe and its
 * language link. Null for anything that is not such a token.
 */
export async function subscriberOfLink(payload: Payload, token: unknown): Promise<NewsletterSubscriber | null> {
  if (!isTokenShaped(token)) return null
  const { docs } = await payload.find({
    collection: 'newsletter-unsubscribe-tokens',
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const subscriber = docs[0]?.subscriber
  return subscriber && typeof subscriber === 'object' ? subscriber : null
}

export type LanguageOutcome =
  | { kind: 'changed'; language: MailLanguage }
  | { kind: 'invalid'; subscriber: NewsletterSubscriber }
  | { kind: 'unknown' }

/** Sets the language of the mails for whoever the link belongs to; only the five offered languages are taken. */
export async function changeLanguage(payload: Payload, token: unknown, language: unknown): Promise<LanguageOutcome> {
  const subscriber = await subscriberOfLink(payload, token)
  if (!subscriber) return { kind: 'unknown' }
  if (!isMailLanguage(language)) return { kind: 'invalid', subscriber }
  if (subscriber.language !== language) {
    await payload.update({ collection: 'newsletter-subscribers', id: subscriber.id, data: { language }, depth: 0, overrideAccess: true })
  }
  return { kind: 'changed', language }
}
