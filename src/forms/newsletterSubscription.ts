/**
 * What the links in the mails do: confirm a sign-up (double opt-in) and
 * unsubscribe in one click. Route handlers under
 * src/app/(frontend)/newsletter/ only turn these outcomes into answers.
 */
import type { Payload } from 'payload'

import { sendSubscriptionConfirmed } from '@/email/subscriptionMails'
import { hashToken, isTokenShaped } from '@/lib/tokens'

export type ConfirmOutcome = 'confirmed' | 'expired' | 'unknown'

/**
 * Confirms the subscription whose link this is, records when and from which
 * address, and makes the link single-use. The welcome mail (with the first
 * unsubscribe link) failing does not undo the confirmation.
 */
export async function confirmSubscription(payload: Payload, token: unknown, clientIp: string): Promise<ConfirmOutcome> {
  if (!isTokenShaped(token)) return 'unknown'
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { confirmTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (!subscriber) return 'unknown'
  if (!subscriber.confirmTokenExpiresAt || new Date(subscriber.confirmTokenExpiresAt).getTime() < Date.now()) return 'expired'

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

/**
 * Unsubscribes whoever this link was mailed to, at once: no login, no second
 * question. Any link ever mailed to them works, also after they subscribed
 * again. A pending confirmation link stops working too.
 */
export async function unsubscribe(payload: Payload, token: unknown): Promise<UnsubscribeOutcome> {
  if (!isTokenShaped(token)) return 'unknown'
  const { docs } = await payload.find({
    collection: 'newsletter-unsubscribe-tokens',
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const subscriber = docs[0]?.subscriber
  if (!subscriber || typeof subscriber !== 'object') return 'unknown'
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
