import type { PayloadRequest } from 'payload'

import type { RateLimit } from '@/lib/rateLimit'

const HOUR = 60 * 60 * 1000

/**
 * Failed logins of one e-mail address from one IP address. Counting the
 * e-mail address alone would let anyone keep its owner out (exactly what the
 * account lock-out already allows); counted together with the address, one
 * attacker's address gets a few guesses an hour, far fewer than the ten that
 * lock the account, while the owner logs in from theirs.
 */
export const LOGIN_PER_ACCOUNT_AND_ADDRESS: RateLimit = { bucket: 'login-account-address', limit: 5, windowMs: HOUR }
/** Failed logins from one IP address, whatever the account (guessing across accounts). */
export const LOGIN_PER_ADDRESS: RateLimit = { bucket: 'login-address', limit: 20, windowMs: HOUR }
/** Password-reset mails asked for one e-mail address (nobody's inbox is flooded), from anywhere. */
export const RESET_PER_EMAIL: RateLimit = { bucket: 'reset-email', limit: 3, windowMs: HOUR }
/** Password-reset requests from one IP address, whatever the account. */
export const RESET_PER_ADDRESS: RateLimit = { bucket: 'reset-address', limit: 10, windowMs: HOUR }

export const TOO_MANY_LOGINS = 'Zu viele Anmeldeversuche von Ihrer Adresse. Bitte versuchen Sie es in einer Stunde noch einmal.'
export const TOO_MANY_RESETS = 'Zu viele Anfragen zum Zurücksetzen des Passworts. Bitte versuchen Sie es in einer Stunde noch einmal.'

/**
 * The reader's address as the front server passed it on (src/server/clientAddress.ts);
 * requests that arrive without one (Next.js served without the front server) all
 * count as one unknown address. Null for the Local API (scripts, tests): not limited.
 */
export const requestAddress = (req: Pick<PayloadRequest, 'headers' | 'payloadAPI'>): string | null =>
  req.payloadAPI === 'local' ? null : (req.headers?.get?.('x-evi-client-ip') ?? 'unbekannt')

export const normalisedEmail = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '')

/**
 * One answer for every failed login: a wrong password, an unknown address and
 * an account locked after too many failures. Payload's own wording tells a
 * locked account apart, and with it that the address has an account.
 */
const LOGIN_FAILED =
  'Die E-Mail-Adresse oder das Passwort ist nicht korrekt – oder das Konto ist nach zu vielen Fehlversuchen für zehn Minuten gesperrt.'
export const LOGIN_TRANSLATIONS = { de: { error: { emailOrPasswordIncorrect: LOGIN_FAILED, userLocked: LOGIN_FAILED } } }
