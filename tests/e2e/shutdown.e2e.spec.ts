/**
 * Ctrl+C in a terminal: `npm start` (embedded PostgreSQL, demo content, the
 * production server) gets SIGINT to its whole process group while readers'
 * requests are in flight. Every one of them is answered in full, the app
 * stops, then PostgreSQL, and nothing is logged as an error — neither by
 * the app nor by PostgreSQL (which logs the connections it has to cut).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort } from '../helpers/postgresServer'
import { PROJECT_DIR } from '../helpers/runScript'

/** A GET on a new connection that closes after the answer. */
function getOnOwnConnection(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { connection: 'close' } }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}

// eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures destructured
test('SIGINT to the process group: requests in flight finish, the app stops, then PostgreSQL', async ({}, testInfo) => {
  test.setTimeout(240_000)
  // Reachable for the `postgres` user (we may be root), so the data stays in this folder.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-shutdown-'))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort()
  const postgresPort = await freePort()
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_DIR,
    detached: true,
    env: {
      ...process.env,
      EVI_DATA_DIR: dataDir,
      MEDIA_DIR: path.join(dataDir, 'media'),
      MAIL_OUTBOX_DIR: path.join(dataDir, 'mail'),
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  try {
    await expect.poll(() => output, { timeout: 180_000, intervals: [500] }).toContain('The site is running')
    const url = `http://127.0.0.1:${port}`

    // Searches are never cached: each one renders and reads the database.
    // Each on a connection of its own (no keep-alive): a reused idle connection may be closed by the shutdown
    // just as the next request goes out on it, a race of the client's, not a request in flight.
    const inFlight = Array.from({ length: 12 }, (_, i) => getOnOwnConnection(`${url}/suche?q=Verein${i}`))
    // Signalled once the first answer is back: by then every request has reached the server (on a busy
    // machine a fixed pause did not always do: a connection not yet carrying its request is closed as idle).
    await Promise.race(inFlight)
    const signalledAt = output.length
    process.kill(-child.pid!, 'SIGINT')

    const answers = await Promise.all(inFlight)
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.body).toContain('</html>')
    }
    // npm itself ends on the SIGINT it gets with the group (it always does); the app and PostgreSQL stop in order after it.
    expect(await Promise.race([exited.then(() => 'ended'), new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000))])).toBe('ended')
    await expect.poll(() => output, { timeout: 30_000, intervals: [250] }).toContain('PostgreSQL stopped.')

    const shutdown = output.slice(signalledAt)
    expect(shutdown).toMatch(/SIGINT: finishing [1-9]\d* request\(s\) in flight/)
    expect(shutdown.indexOf('Stopped.')).toBeGreaterThan(-1)
    expect(shutdown.indexOf('PostgreSQL stopped.')).toBeGreaterThan(shutdown.indexOf('Stopped.'))
    expect(shutdown, shutdown).not.toMatch(/error|exception|FATAL/i)
    const postgresLog = fs.readFileSync(path.join(dataDir, 'postgres.log'), 'utf8')
    expect(postgresLog, postgresLog).not.toContain('terminating connection due to administrator command')
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  } finally {
    fs.writeFileSync(testInfo.outputPath('npm-start.log'), output)
    const postgresLog = path.join(dataDir, 'postgres.log')
    if (fs.existsSync(postgresLog)) fs.copyFileSync(postgresLog, testInfo.outputPath('postgres.log'))
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Everything has stopped already.
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
