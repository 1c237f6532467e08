/** Runs once when the Next.js server starts (see src/lib/startupChecks.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { runStartupChecks } = await import('./lib/startupChecks')
  runStartupChecks()
}
