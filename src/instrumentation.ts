/**
 * Runs once when the Next.js server starts. A production server with a missing
 * or default PAYLOAD_SECRET stops here with one line instead of serving.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { resolvePayloadSecret } = await import('./lib/secret')
  try {
    resolvePayloadSecret()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
