/**
 * Runs once when the Next.js server starts: refuses a misconfigured production
 * server (src/lib/startupChecks.ts), then starts Payload with its cron so that
 * queued jobs — scheduled publishing among them — run with nobody logged in,
 * and the migo sending worker (src/jobs/newsletter/worker.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { runStartupChecks } = await import('./lib/startupChecks')
  runStartupChecks()
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config, cron: true })
  // The front server stops the cron at a safe point on shutdown (src/jobs/shutdown.ts).
  const { registerCronShutdown } = await import('./jobs/shutdown')
  registerCronShutdown(payload)
  // migo is sent from here unless a separate worker process does it (npm run worker).
  if (process.env.NEWSLETTER_WORKER !== 'separate') {
    const { startNewsletterWorker } = await import('./jobs/newsletter/worker')
    startNewsletterWorker(payload)
  }
}
