import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { publicError } from '@/lib/publicError'
import { addressIdentity, clearAttempts, emailIdentity, forgiveAttempt, withinRateLimit } from '@/lib/rateLimit'

import { LOGIN_PER_ACCOUNT_AND_ADDRESS, LOGIN_PER_ADDRESS, normalisedEmail, requestAddress, TOO_MANY_LOGINS } from '../loginLimits'
import { hashLikeALogin } from '../passwordTiming'

const pairIdentity = (email: string, address: string) => `${emailIdentity(email)}|${addressIdentity(address)}`

/**
 * Before a login is checked: counts the attempt for its address and for its
 * e-mail address on that address, and refuses (429) once either is over its
 * limit — before the password is looked at, so a refused attempt neither
 * succeeds nor moves the account towards its lock-out. A login without an
 * address (the Local API in scripts and tests) is not limited here.
 *
 * An unknown or locked account would be answered at once, a known one only
 * after hashing the password (hundreds of milliseconds): such attempts hash
 * it too, so the answer's timing tells nobody who has an account.
 */
export const limitLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = normalisedEmail(data?.email)
  const address = requestAddress(req)
  if (address) {
    const allowed = await Promise.all([
      withinRateLimit(req.payload, LOGIN_PER_ADDRESS, [addressIdentity(address)]),
      email ? withinRateLimit(req.payload, LOGIN_PER_ACCOUNT_AND_ADDRESS, [pairIdentity(email, address)]) : true,
    ])
    if (allowed.includes(false)) throw publicError(TOO_MANY_LOGINS, 429)
  }
  if (email && typeof data?.password === 'string' && data.password) await hashLikeALogin(req.payload, email, data.password)
  return args
}

/** A login that succeeded is no guess: it does not count against its address, and its account's guesses there are forgotten. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = requestAddress(req)
  const email = normalisedEmail(user?.email)
  if (!address) return user
  await forgiveAttempt(req.payload, LOGIN_PER_ADDRESS, [addressIdentity(address)])
  if (email) await clearAttempts(req.payload, LOGIN_PER_ACCOUNT_AND_ADDRESS, [pairIdentity(email, address)])
  return user
}
