/**
 * Stops Payload's in-process cron (scheduled publishing, src/instrumentation.ts)
 * at a safe point on shutdown: no new run starts, and a run in progress
 * finishes (a job half-done would be retried, but a publish cut off between
 * its steps is better avoided). Shared through globalThis: Next bundles the
 * instrumentation hook apart from the front server.
 */
import type { Payload } from 'payload'

const KEY = Symbol.for('evi.stopCron')
type WithStop = typeof globalThis & { [KEY]?: (deadline: number) => Promise<void> }
type CronLike = { stop: () => void; isBusy: () => boolean }

export function registerCronShutdown(payload: Payload): void {
  ;(globalThis as WithStop)[KEY] = async (deadline) => {
    const crons = (payload as unknown as { crons: CronLike[] }).crons.splice(0)
    for (const cron of crons) cron.stop()
    while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Stops the cron of this process, if it runs one; waits for a running job until `deadline` (ms since epoch). */
export async function stopCron(deadline: number): Promise<void> {
  await (globalThis as WithStop)[KEY]?.(deadline)
}
