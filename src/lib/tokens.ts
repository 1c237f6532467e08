import { createHash, randomBytes } from 'node:crypto'

/**
 * Secret links (confirm a subscription, unsubscribe): the reader's mail holds
 * the random token, the database only its SHA-256 hash. A leaked database or
 * backup therefore opens no link, and a link is checked by looking its hash up
 * (no comparison of secrets in our code that could leak timing).
 */
export type Token = { token: string; hash: string }

/** 32 random bytes, base64url: 43 characters that survive any mail client's line handling. */
export function newToken(): Token {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** Rejects what cannot be one of our tokens before it reaches the database. */
export const isTokenShaped = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
