/**
 * Brings up the site as production runs it: a fresh database (migrated and
 * seeded with test logins), a production build (reused while the sources are
 * unchanged) and `next start`, sending mail over SMTP to a real SMTP server
 * (tests/helpers/smtpSink.ts) that keeps each message as an .eml file in
 * E2E_MAIL_DIR. Logins reach the tests through process.env.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIsCurrent, buildSite } from '../../scripts/lib/buildFingerprint'
import { E2E_PORT } from '../../playwright.config'
import { SERVER_ENV } from '../../scripts/lib/serverCommand'
import { PRODUCTION_SERVER } from '../helpers/appServer'
import { createDatabase, dropDatabase, startTestPostgres, uniqueName } from '../helpers/postgresServer'
import { PROJECT_DIR, runProjectScript } from '../helpers/runScript'
import { smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'

async function waitUntilServing(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`)
}

export default async function globalSetup() {
  const postgres = await startTestPostgres()
  const database = uniqueName('evi_e2e')
  const databaseUrl = await createDatabase(postgres, database)

  const logins = {
    E2E_ADMIN_EMAIL: 'admin@e2e.test',
    E2E_ADMIN_PASSWORD: randomBytes(9).toString('base64url'),
    E2E_EDITOR_EMAIL: 'redaktion@e2e.test',
    E2E_EDITOR_PASSWORD: randomBytes(9).toString('base64url'),
    E2E_MEMBER_EMAIL: 'verein@e2e.test',
    E2E_MEMBER_PASSWORD: randomBytes(9).toString('base64url'),
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-e2e-'))
  const mailDir = path.join(scratch, 'mail')
  const sink = await startSmtpSink({ SMTP_SINK_DIR: mailDir })
  const env = {
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: path.join(scratch, 'media'),
    ...smtpEnvironment(sink),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  runProjectScript('scripts/seed.ts', {
    ...env,
    DEMO_ADMIN_EMAIL: logins.E2E_ADMIN_EMAIL,
    DEMO_ADMIN_PASSWORD: logins.E2E_ADMIN_PASSWORD,
    DEMO_EDITOR_EMAIL: logins.E2E_EDITOR_EMAIL,
    DEMO_EDITOR_PASSWORD: logins.E2E_EDITOR_PASSWORD,
    DEMO_MEMBER_EMAIL: logins.E2E_MEMBER_EMAIL,
    DEMO_MEMBER_PASSWORD: logins.E2E_MEMBER_PASSWORD,
  })

  if (!buildIsCurrent(PROJECT_DIR)) buildSite(PROJECT_DIR, { ...process.env, ...env })

  // A server left over from an earlier run would answer in place of this one (and run old code).
  const taken = await fetch(`http://localhost:${E2E_PORT}/`).then(() => true, () => false)
  if (taken) throw new Error(`Port ${E2E_PORT} is taken by another server: stop it (or set E2E_PORT) and run the tests again`)

  let output = ''
  // The production server, page cache included: what readers get.
  const server = spawn(PRODUCTION_SERVER[0], PRODUCTION_SERVER[1], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...SERVER_ENV, ...env, NODE_ENV: 'production', PORT: String(E2E_PORT) },
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  try {
    await waitUntilServing(`http://localhost:${E2E_PORT}/`, server, () => output)
  } catch (error) {
    // Nothing of a failed start outlives it (a server left running took the port from the next run).
    server.kill('SIGKILL')
    await sink.stop()
    await dropDatabase(postgres, database)
    await postgres.stop()
    throw error
  }

  Object.assign(process.env, logins, {
    E2E_DATABASE_URL: databaseUrl,
    E2E_MEDIA_DIR: env.MEDIA_DIR,
    E2E_MAIL_DIR: mailDir,
    // A test may start a second app instance on the same database (several servers behave as one site).
    E2E_PAYLOAD_SECRET: env.PAYLOAD_SECRET,
  })

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    await sink.stop()
    await dropDatabase(postgres, database)
    await postgres.stop()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
