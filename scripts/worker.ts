/**
 * `npm run worker`: sends migo in a process of its own (the `newsletter` jobs
 * queue, src/jobs/newsletter/worker.ts), next to web servers started with
 * NEWSLETTER_WORKER=separate. Needs DATABASE_URL and the same PAYLOAD_SECRET
 * and SMTP settings as the web server. SIGTERM/SIGINT: the running batch is
 * finished and recorded, the rest waits for the next worker. Even after
 * `kill -9` the next worker resumes where the delivery records stand.
 */
import 'dotenv/config'

let started = false
// Loading Payload's modules now and then never settles (see scripts/lib/runMain.ts): say so and exit 1,
// so that the service manager (docker-compose's restart policy, systemd) starts the worker again.
process.on('exit', (code) => {
  if (started || code !== 0) return
  console.error('✖ migo worker stopped before it started (loading the modules stalled); please start it again.')
  process.exitCode = 1
})

async function main() {
  // A missing, short or example PAYLOAD_SECRET stops the worker with one line (src/lib/secret.ts).
  const { runStartupChecks } = await import('../src/lib/startupChecks')
  runStartupChecks()
  if (!process.env.DATABASE_URL) {
    console.error('✖ DATABASE_URL is not set: the worker needs the same PostgreSQL as the web server.')
    process.exit(1)
  }
  // One at a time, `payload` first (see scripts/lib/preparePayload.ts).
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { startNewsletterWorker } = await import('../src/jobs/newsletter/worker')
  const payload = await getPayload({ config })
  const worker = startNewsletterWorker(payload, { pollMs: Number(process.env.NEWSLETTER_POLL_MS || 2000) })
  // The worker's own timer does not hold the process open (in the web server it must not); this does.
  const keepAlive = setInterval(() => {}, 60_000)
  started = true

  const shutdown = async (signal: string) => {
    console.log(`migo worker: ${signal}, finishing the current batch …`)
    clearInterval(keepAlive)
    await worker.stop()
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
  // Announced only once a stop signal is handled: whoever waits for this line may stop the worker at once.
  console.log(`migo worker ${process.pid} is running`)
}

main().catch((error: unknown) => {
  console.error('✖ migo worker failed to start:', error)
  process.exit(1)
})
