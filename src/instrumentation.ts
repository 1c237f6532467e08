/**
 * Runs once when the Next.js server starts: refuses a misconfigured production
 * server (src/lib/startupChecks.ts), then starts Payload with its cron so that
 * queued jobs — scheduled publishing among them — run with nobody logged in.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { runStartupChecks } = await import('./lib/startupChecks')
  runStartupChecks()
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
