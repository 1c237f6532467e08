import crypto from 'node:crypto'

import type { Payload } from 'payload'

/** Payload's current password hash (PBKDF2-SHA256, 600,000 rounds, 32 bytes): what checking a stored password costs. */
const ROUNDS = 600_000
const KEY_LENGTH = 32
const SALT = crypto.randomBytes(32).toString('hex')

/**
 * Payload answers a login for an unknown or locked account without hashing
 * the password, and one for a known account only after hashing it. For the
 * first two this hashes the password once, as the check would: every answer
 * then takes as long, whether an account exists or not.
 */
export async function hashLikeALogin(payload: Payload, email: string, password: string): Promise<void> {
  const user = await payload.db.findOne<{ id: number; lockUntil?: string | null }>({ collection: 'users', where: { email: { equals: email } } })
  const lockedOrUnknown = !user || (user.lockUntil != null && new Date(user.lockUntil).getTime() > Date.now())
  if (!lockedOrUnknown) return
  await new Promise<void>((resolve) => crypto.pbkdf2(password, SALT, ROUNDS, KEY_LENGTH, 'sha256', () => resolve()))
}
