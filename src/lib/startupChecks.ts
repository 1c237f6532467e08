import { resolvePayloadSecret } from './secret'

/** Stops a misconfigured process (web server, worker) with one line instead of letting it run. */
export function runStartupChecks(): void {
  try {
    resolvePayloadSecret()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
