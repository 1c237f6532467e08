/**
 * `npm start`: the whole site on one command.
 *   1. PostgreSQL: DATABASE_URL, or the embedded server with its data in .data/
 *   2. migrations, then demo content into an empty embedded database (or with --seed)
 *   3. a production build when the sources changed since the last one
 *   4. `next start`, with the URL printed once it answers
 * Ctrl+C stops Next and then PostgreSQL cleanly. `--dev` runs `next dev` instead of 2.–4.'s build.
 */
import 'dotenv/config'

import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { resolvePayloadSecret } from '../src/lib/secret'
import { isDatabaseEmpty, seedDemoContent } from '../src/seed'
import { buildIsCurrent, buildSite } from './lib/buildFingerprint'
import { demoLoginFile, demoLogins, formatLogins, rememberLogins } from './lib/demoLogins'
import { closePayload, migratedPayload } from './lib/preparePayload'
import { serverCommand, SERVER_ENV } from './lib/serverCommand'
import { DATA_DIR, openProjectDatabase, PROJECT_DIR } from './lib/projectDatabase'

const args = new Set(process.argv.slice(2))
const devMode = args.has('--dev')
const port = Number(process.env.PORT || 3000)
const nextBin = path.join(PROJECT_DIR, 'node_modules', '.bin', 'next')

function fail(message: string): never {
  console.error(`\n✖ ${message}`)
  process.exit(1)
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) fail(`Next.js exited with code ${child.exitCode} before answering.`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

let exitExpected = false
// A process that runs out of work before the site is up (a stalled module load) must not end silently.
process.on('exit', (code) => {
  if (!exitExpected && code === 0) {
    console.error('\n✖ npm start stopped before the site came up. Please run it again.')
    process.exitCode = 1
  }
})

async function main() {
  const database = await openProjectDatabase()

  let stopping = false
  let next: ChildProcess | undefined
  /** Stops the server with the signal we got (Ctrl+C reaches it too: it logs what the user did), then PostgreSQL. */
  const shutdown = async (code: number, signal: NodeJS.Signals = 'SIGTERM') => {
    if (stopping) return
    stopping = true
    exitExpected = true
    if (next && next.exitCode === null) {
      const exited = new Promise((resolve) => next!.once('exit', resolve))
      next.kill(signal)
      await exited
    }
    await database.stop()
    if (database.embedded) console.log('PostgreSQL stopped.')
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0, 'SIGINT'))
  process.on('SIGTERM', () => void shutdown(0, 'SIGTERM'))

  try {
    // Same check the server makes, but before minutes of building.
    resolvePayloadSecret()

    const payload = await migratedPayload()
    let newLogins: ReturnType<typeof demoLogins> = []
    if ((database.embedded && (await isDatabaseEmpty(payload))) || args.has('--seed')) {
      console.log('Seeding demo content …')
      newLogins = await seedDemoContent(payload, demoLogins())
      if (database.embedded) rememberLogins(DATA_DIR, newLogins)
    }
    await closePayload(payload)

    if (!devMode && (args.has('--rebuild') || !buildIsCurrent(PROJECT_DIR))) {
      console.log('Building the site (next build and the compiled server, what changed) …')
      try {
        buildSite(PROJECT_DIR, process.env, 'inherit', { force: args.has('--rebuild') })
      } catch {
        throw new Error('The build failed (see above).')
      }
    }

    // Production runs the front server (page cache and redirects in front of Next, src/server/); dev runs plain `next dev`.
    next = devMode
      ? spawn(nextBin, ['dev', '--port', String(port)], { stdio: 'inherit', env: process.env })
      : spawn(...serverCommand(), {
          stdio: 'inherit',
          env: { ...process.env, ...SERVER_ENV, NODE_ENV: 'production', PORT: String(port) },
        })
    next.on('exit', (code) => void shutdown(code ?? 0))
    const url = `http://localhost:${port}`
    await waitForHttp(url, next)
    exitExpected = true

    console.log(`\n✔ The site is running: ${url}   (admin: ${url}/admin)`)
    if (newLogins.length) console.log(`  Demo login (shown once, also in ${path.relative(PROJECT_DIR, demoLoginFile(DATA_DIR))}):\n${formatLogins(newLogins)}`)
    else if (database.embedded) console.log(`  Demo login: see ${path.relative(PROJECT_DIR, demoLoginFile(DATA_DIR))}`)
    console.log('  Stop with Ctrl+C.\n')
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
    await shutdown(1)
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
