/**
 * PAYLOAD_SECRET signs sessions and encrypts tokens. A missing, short or
 * well-known secret in production would let anyone forge a login, so the app
 * refuses to start with one.
 */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string'
const MIN_SECRET_LENGTH = 32

/** Returns why the secret is unusable in production, or null when it is fine. */
export function productionSecretProblem(secret: string | undefined): string | null {
  if (!secret) return 'PAYLOAD_SECRET is not set'
  if (secret === EXAMPLE_SECRET) return 'PAYLOAD_SECRET still has the example value from .env.example'
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`
  }
  return null
}

/** The secret Payload runs with; throws a one-line reason in production. */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET
  // `next build` also runs as production but never serves a request: secrets are checked at run time.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    const problem = productionSecretProblem(secret)
    if (problem) {
      throw new Error(
        `Refusing to start in production: ${problem} (set a random value of at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -hex 32\`).`,
      )
    }
  }
  // Development and tests may run without one; a fixed dev value keeps sessions across restarts.
  return secret || 'dev-only-secret-never-used-in-production'
}
