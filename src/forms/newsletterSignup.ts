/**
 * Subscribing to migo (double opt-in). The answer is the same for every valid
 * sign-up, whether the address is new, waiting, subscribed or gone: nobody can
 * use the form to find out who reads migo. What happens differs only in the
 * mail, which reaches the address's owner alone.
 */
import type { Payload } from 'payload'

import { sendAlreadySubscribed, sendConfirmationRequest } from '@/email/subscriptionMails'
import { isSitePath } from '@/lib/paths'
import { withinRateLimit } from '@/lib/rateLimit'
import { newToken } from '@/lib/tokens'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'
import type { NewsletterSubscriber } from '@/payload-types'

import { filledByBot } from './honeypot'
import { CONSENT_WORDING } from './newsletterConsent'

/** How long the link in the confirmation mail works. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 60 * 60 * 1000
/** Sign-ups per IP address and per e-mail address within an hour. */
export const SIGNUP_LIMIT = { limit: 5, windowMs: 60 * 60 * 1000 }

export type SignupField = 'email' | 'consent'
export type SignupErrors = Partial<Record<SignupField, string>>
export type SignupOutcome = { kind: 'accepted' } | { kind: 'invalid'; errors: SignupErrors } | { kind: 'rate-limited' }

/** The page the form was on: for the consent record and the "back" link; anything odd becomes the home page. */
export function signupSource(form: FormData): string {
  const source = String(form.get('source') ?? '').trim()
  return isSitePath(source) && source.length <= 300 ? source : '/'
}

export function readSignup(form: FormData): { email: string; errors: SignupErrors } {
  const email = String(form.get('email') ?? '').trim().toLowerCase()
  const errors: SignupErrors = {}
  if (!email) errors.email = 'Bitte geben Sie Ihre E-Mail-Adresse an.'
  else if (!isEmail(email)) errors.email = EMAIL_MESSAGE
  if (form.get('consent') !== 'ja') errors.consent = 'Bitte bestätigen Sie mit dem Häkchen, dass Sie migo per E-Mail erhalten möchten.'
  return { email, errors }
}

/** A new consent record (and confirmation token) for this sign-up; earlier confirmation and withdrawal no longer apply. */
function freshSignup(source: string, clientIp: string, wording = CONSENT_WORDING) {
  const { token, hash } = newToken()
  const expiresAt = new Date(Date.now() + CONFIRMATION_VALID_MS)
  const data = {
    status: 'pending' as const,
    consent: {
      wording,
      source,
      signedUpAt: new Date().toISOString(),
      signedUpIp: clientIp,
      confirmedAt: null,
      confirmedIp: null,
      unsubscribedAt: null,
    },
    confirmTokenHash: hash,
    confirmTokenExpiresAt: expiresAt.toISOString(),
  }
  return { token, expiresAt, data }
}

const findByEmail = async (payload: Payload, email: string): Promise<NewsletterSubscriber | undefined> =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]

/**
 * Handles one sign-up: a filled-in honeypot is answered like a success and
 * does nothing; otherwise the address gets a new confirmation link (new,
 * waiting or unsubscribed) or a note that it is already subscribed.
 */
export async function signUp(payload: Payload, form: FormData, clientIp: string): Promise<SignupOutcome> {
  if (filledByBot(form)) return { kind: 'accepted' }
  const { email, errors } = readSignup(form)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const allowed = await withinRateLimit(payload, {
    bucket: 'newsletter-signup',
    identities: [`ip:${clientIp}`, `email:${email}`],
    ...SIGNUP_LIMIT,
  })
  if (!allowed) return { kind: 'rate-limited' }

  const existing = await findByEmail(payload, email)
  if (existing?.status === 'confirmed') {
    await sendAlreadySubscribed(payload, existing)
    return { kind: 'accepted' }
  }

  await requestConfirmation(payload, { email, existing, source: signupSource(form), clientIp })
  return { kind: 'accepted' }
}

/**
 * Starts the double opt-in for an address: a pending record with a fresh
 * consent record and confirmation link, and the mail with that link. Used by
 * the sign-up form and by the import of an existing list (src/collections/NewsletterSubscribers/importSubscribers.ts).
 */
export async function requestConfirmation(
  payload: Payload,
  { email, existing, source, clientIp, wording, extra = {} }: { email: string; existing?: NewsletterSubscriber; source: string; clientIp: string; wording?: string; extra?: { name?: string | null; language?: string | null } },
): Promise<void> {
  const { token, expiresAt, data } = freshSignup(source, clientIp, wording)
  if (existing) {
    await payload.update({ collection: 'newsletter-subscribers', id: existing.id, data: { ...data, ...extra } as never, depth: 0, overrideAccess: true })
  } else {
    await createOrRenew(payload, email, { ...data, ...extra })
  }
  await sendConfirmationRequest(payload, { to: email, token, expiresAt })
}

/** Two sign-ups of the same new address at once: the unique index lets one create it, the other renews that row. */
async function createOrRenew(payload: Payload, email: string, data: ReturnType<typeof freshSignup>['data'] & { name?: string | null; language?: string | null }): Promise<void> {
  try {
    await payload.create({ collection: 'newsletter-subscribers', data: { email, ...data } as never, depth: 0, overrideAccess: true })
  } catch (error) {
    const created = await findByEmail(payload, email)
    if (!created) throw error
    await payload.update({ collection: 'newsletter-subscribers', id: created.id, data: data as never, depth: 0, overrideAccess: true })
  }
}
