/** HTTP load with autocannon: requests per second and latency percentiles of one URL, or of several in turn. */
import autocannon from 'autocannon'

export type LoadOptions = { connections: number; durationSeconds: number; warmupSeconds: number }
/** p97_5 is autocannon's nearest percentile at or above p95 (it reports no p95 itself). */
export type LoadResult = { rps: number; p50: number; p97_5: number; p99: number; failed: number }
/** One address, or a set asked for in turn (every one equally often). */
export type LoadTarget = string | { base: string; paths: string[] }

function fire(target: LoadTarget, connections: number, seconds: number): Promise<autocannon.Result> {
  // No Accept-Encoding, like autocannon's default: app and ceiling both send the plain HTML.
  if (typeof target === 'string') return autocannon({ url: target, connections, duration: seconds, pipelining: 1 })
  let next = 0
  return autocannon({
    url: target.base,
    connections,
    duration: seconds,
    pipelining: 1,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length] }) }],
  })
}

/**
 * A warm-up (discarded: it fills caches, lets V8 optimise and opens the
 * connections) followed by the measured run.
 */
export async function measureLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await fire(target, options.connections, options.warmupSeconds)
  const result = await fire(target, options.connections, options.durationSeconds)
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    // Errors and non-2xx answers would make the figures meaningless; the report shows them.
    failed: result.errors + result.timeouts + result.non2xx,
  }
}
