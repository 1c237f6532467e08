/**
 * Shutting the front server down in order on SIGTERM or SIGINT (Ctrl+C reaches
 * the whole process group): stop taking connections, let the requests in
 * flight finish, stop the jobs at a safe point (migo after its current batch,
 * the cron after its current run), then close the database connections and
 * exit 0. Only then may PostgreSQL stop (scripts/start.ts waits for this
 * process). Anything still running after the grace time is cut off with a
 * warning: Docker kills after 10 s.
 */
import type http from 'node:http'

const DEFAULT_GRACE_MS = 8000

type Log = Pick<Console, 'info' | 'warn'>


/** How long a stopping server still reads requests that had already been sent when the signal came. */
const READ_PENDING_MS = 300
export type ShutdownSteps = {
  /** Jobs of this process, stopped at a safe point (run alongside the requests' last answers). */
  stopJobs: (deadline: number) => Promise<unknown>
  /** Database connections and timers, closed once requests and jobs are done. */
  closeConnections: () => Promise<unknown>
}

export function handleShutdown(server: http.Server, steps: ShutdownSteps, { log = console as Log, graceMs = DEFAULT_GRACE_MS } = {}) {
  let stopping = false
  const inFlight = new Set<http.ServerResponse>()
  let drained: () => void = () => {}

  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    // Readers arriving on a kept-alive connection while stopping still get their answer, then the connection closes.
    if (stopping) res.setHeader('connection', 'close')
    inFlight.add(res)
    res.once('close', () => {
      inFlight.delete(res)
      if (stopping) {
        server.closeIdleConnections()
        if (inFlight.size === 0) drained()
      }
    })
  })

  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    const deadline = Date.now() + graceMs
    const forced = setTimeout(() => {
      log.warn(`Shutdown: still busy after ${graceMs / 1000} s (${inFlight.size} requests); stopping anyway`)
      server.closeAllConnections()
      process.exit(0)
    }, graceMs + 1000)
    forced.unref()

    log.info(`${signal}: finishing ${inFlight.size} request(s) in flight and the running jobs, then stopping`)
    // Requests already sent on open connections are read first: closing the server drops every connection
    // that carries no request yet, and on a busy server a request can wait unread in its socket.
    await new Promise((resolve) => setTimeout(resolve, READ_PENDING_MS))
    server.close()
    server.closeIdleConnections()
    const requestsDone = inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve))
    await Promise.all([
      Promise.race([requestsDone, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]),
      steps.stopJobs(deadline).catch((error: unknown) => log.warn(`Shutdown: stopping the jobs failed (${String(error)})`)),
    ])
    await steps.closeConnections().catch((error: unknown) => log.warn(`Shutdown: closing connections failed (${String(error)})`))
    server.closeAllConnections()
    log.info('Stopped.')
    process.exit(0)
  }

  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  return { stopping: () => stopping }
}
