/**
 * At most `ratePerSecond` mails per second on average (0: no limit). The sender
 * waits for `ready()` before it takes a batch and reports what it took with
 * `spent(n)`; the next batch then waits n / rate seconds.
 */
export type Throttle = { ready: () => Promise<void>; spent: (count: number) => void }

export function createThrottle(
  ratePerSecond: number,
  { now = Date.now, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) } = {},
): Throttle {
  let nextAt = 0
  return {
    ready: async () => {
      const wait = nextAt - now()
      if (ratePerSecond > 0 && wait > 0) await sleep(wait)
    },
    spent: (count) => {
      if (ratePerSecond > 0) nextAt = Math.max(nextAt, now()) + (count * 1000) / ratePerSecond
    },
  }
}
