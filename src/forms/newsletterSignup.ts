/**
 * Subscribing to migo (double opt-in). The answer is the same for every valid
 * sign-up, whether the address is new, waiting, subscribed or gone: nobody can
 * use the form to find out who reads migo. What happens differs only in the
 * mail, which reaches the address's owner alone.
 */
import type { Payload } from 'payload'

import { DEFAULT_MAIL_LANGUAGE, isMailLanguage, type MailLanguage } from '@/email/i18n'
import { sendAlreadySubscribed, sendConfirmationRequest } from '@/email/subscriptionMails'
import { messagesFor } from '@/i18n'
import { addressIdentity, emailIdentity, type RateLimit, withinRateLimit } from '@/lib/rateLimit'
import { safeLocalPath } from '@/lib/safeRedirect'
import { newToken } from '@/lib/tokens'
import { isEmail } from '@/lib/validation'
import type { NewsletterSubscriber } from '@/payload-types'

import { filledByBot } from './honeypot'
import { CONSENT_WORDING, consentWording, formLocale } from './newsletterConsent'

/** How long the link in the confirmation mail works. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 60 * 60 * 1000
/** Sign-ups per IP address and per e-mail address within an hour. */
export const SIGNUP_LIMIT: RateLimit = { bucket: 'newsletter-signup', limit: 5, windowMs: 60 * 60 * 1000 }

export type SignupField = 'email' | 'consent' | 'language'
export type SignupErrors = Partial<Record<SignupField, string>>
export type SignupOutcome = { kind: 'accepted' } | { kind: 'invalid'; errors: SignupErrors } | { kind: 'rate-limited' }

/** The page the form was on: for the consent record and the "back" link; anything odd becomes the home page. */
export function signupSource(form: FormData): string {
  const source = String(form.get('source') ?? '').trim()
  return source.length <= 300 ? safeLocalPath(source, '/') : '/'
}

/** The address, the mails' language and what is wrong with the form, in the language the form was shown in. */
export function readSignup(form: FormData): { email: string; language: MailLanguage; errors: SignupErrors } {
  const messages = messagesFor(formLocale(form))
  const email = String(form.get('email') ?? '').trim().toLowerCase()
  // A form without the choice (an older page still open somewhere) signs up for German.
  const language = String(form.get('language') ?? '').trim() || DEFAULT_MAIL_LANGUAGE
  const errors: SignupErrors = {}
  if (!email) errors.email = messages.newsletter.errors.emailMissing
  else if (!isEmail(email)) errors.email = messages.forms.email
  if (form.get('consent') !== 'ja') errors.consent = messages.newsletter.errors.consent
  if (!isMailLanguage(language)) errors.language = messages.newsletter.errors.language
  return { email, language: isMailLanguage(language) ? language : DEFAULT_MAIL_LANGUAGE, errors }
}

/**
 * A new consent record (and confirmation token) for this sign-up, with the
 * wording the form showed; earlier confirmation and withdrawal no longer apply.
 */
function freshSignup(source: string, language: MailLanguage, clientIp: string, wording = CONSENT_WORDING) {
  const { token, hash } = newToken()
  const expiresAt = new Date(Date.now() + CONFIRMATION_VALID_MS)
  const data = {
    status: 'pending' as const,
    language,
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
 * waiting or unsubscribed) in the language chosen in the form, or a note
 * that it is already subscribed in the language it chose before.
 */
export async function signUp(payload: Payload, form: FormData, clientIp: string): Promise<SignupOutcome> {
  if (filledByBot(form)) return { kind: 'accepted' }
  const { email, language, errors } = readSignup(form)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const allowed = await withinRateLimit(payload, SIGNUP_LIMIT, [addressIdentity(clientIp), emailIdentity(email)])
  if (!allowed) return { kind: 'rate-limited' }

  const existing = await findByEmail(payload, email)
  // Confirmed readers keep their language: whoever fills in the form may not be them (the mail says how to change it).
  if (existing?.status === 'confirmed') {
    await sendAlreadySubscribed(payload, existing)
    return { kind: 'accepted' }
  }

  // The consent record keeps the wording in the language the form showed it.
  await requestConfirmation(payload, { email, existing, source: signupSource(form), clientIp, language, wording: consentWording(formLocale(form)) })
  return { kind: 'accepted' }
}

/**
 * Starts the double opt-in for an address: a pending record with a fresh
 * consent record and confirmation link, and the mail with that link. Used by
 * the sign-up form and by the import of an existing list (src/collections/NewsletterSubscribers/importSubscribers.ts).
 */
export async function requestConfirmation(
  payload: Payload,
  {
    email,
    existing,
    source,
    clientIp,
    language,
    wording,
    extra = {},
  }: { email: string; existing?: NewsletterSubscriber; source: string; clientIp: string; language: MailLanguage; wording?: string; extra?: { name?: string | null } },
): Promise<void> {
  const { token, expiresAt, data } = freshSignup(source, language, clientIp, wording)
  if (existing) {
    await payload.update({ collection: 'newsletter-subscribers', id: existing.id, data: { ...data, ...extra } as never, depth: 0, overrideAccess: true })
  } else {
    await createOrRenew(payload, email, { ...data, ...extra })
  }
  await sendConfirmationRequest(payload, { to: email, token, expiresAt, language })
}

/** Two sign-ups of the same new address at once: the unique index lets one create it, the other renews that row. */
async function createOrRenew(payload: Payload, email: string, data: ReturnType<typeof freshSignup>['data'] & { name?: string | null }): Promise<void> {
  try {
    await payload.create({ collection: 'newsletter-subscribers', data: { email, ...data } as never, depth: 0, overrideAccess: true })
  } catch (error) {
    const created = await findByEmail(payload, email)
    if (!created) throw error
    await payload.update({ collection: 'newsletter-subscribers', id: created.id, data: data as never, depth: 0, overrideAccess: true })
  }
}
