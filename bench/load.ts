/** HTTP load with autocannon: requests per second and latency percentiles of one URL. */
import autocannon from 'autocannon'

export type LoadOptions = { connections: number; durationSeconds: number; warmupSeconds: number }
/** p97_5 is autocannon's nearest percentile at or above p95 (it reports no p95 itself). */
export type LoadResult = { rps: number; p50: number; p97_5: number; p99: number; failed: number }

function fire(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  // No Accept-Encoding, like autocannon's default: app and ceiling both send the plain HTML.
  return autocannon({ url, connections, duration: seconds, pipelining: 1 })
}

/**
 * A warm-up (discarded: it fills caches, lets V8 optimise and opens the
 * connections) followed by the measured run.
 */
export async function measureLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await fire(url, options.connections, options.warmupSeconds)
  const result = await fire(url, options.connections, options.durationSeconds)
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    // Errors and non-2xx answers would make the figures meaningless; the report shows them.
    failed: result.errors + result.timeouts + result.non2xx,
  }
}
