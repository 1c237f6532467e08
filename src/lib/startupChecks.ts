import { resolvePayloadSecret } from './secret'

/** Stops a misconfigured production server with one line instead of letting it serve. */
export function runStartupChecks(): void {
  try {
    resolvePayloadSecret()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
