/**
 * PAYLOAD_SECRET signs sessions and encrypts tokens. A missing, short or
 * well-known secret would let anyone forge a login, so no process of the site
 * (web server, worker, scripts) runs with one, whatever NODE_ENV says. The
 * local embedded set-up generates a random secret of its own and keeps it in
 * .data/ (scripts/lib/devSecret.ts), so it never meets this refusal.
 */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string'
const MIN_SECRET_LENGTH = 32

/** Returns why the secret is unusable, or null when it is fine. */
export function secretProblem(secret: string | undefined): string | null {
  if (!secret) return 'PAYLOAD_SECRET is not set'
  if (secret === EXAMPLE_SECRET) return 'PAYLOAD_SECRET still has the example value from .env.example'
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`
  }
  return null
}

/**
 * The secret Payload runs with; throws a one-line reason when it is unusable.
 * Only `next build`, which loads the config but never serves or signs
 * anything, goes without one (the secret is read again when the server starts).
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return secret || 'next-build-serves-nothing'
  const problem = secretProblem(secret)
  if (problem) {
    throw new Error(
      `Refusing to start: ${problem} (set a random value of at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -hex 32\`; \`npm start\` without DATABASE_URL makes its own).`,
    )
  }
  return secret!
}
