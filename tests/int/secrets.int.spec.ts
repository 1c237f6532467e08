/**
 * PAYLOAD_SECRET signs every login. The rule: no process of the site runs
 * with a missing, short (< 32 characters) or example secret — not only with
 * NODE_ENV=production. The local embedded set-up (`npm start`, `npm run dev`
 * and the scripts without DATABASE_URL) generates a random secret of its own
 * and keeps it in .data/, so it always has a good one; `next build` never
 * serves and is left alone. Each entry point is started here as a process and
 * must stop at once with one line saying why, having done nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { EXAMPLE_SECRET } from '@/lib/secret'

import { bundleScript } from '../../scripts/lib/scriptBundle.mjs'
import { PROJECT_DIR } from '../helpers/runScript'

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

type Run = { code: number | null; stdout: string; stderr: string; timedOut: boolean }

/**
 * Starts a script as `npm run …` does (bundled for plain Node), without NODE_ENV, and waits until it ends (or `timeoutMs`).
 * A process whose module loading stalled before its code ran (exit code 13, see
 * scripts/run-script.mjs) is started once more.
 */
async function start(script: string, env: Record<string, string | undefined>, timeoutMs = 45_000, until?: RegExp): Promise<Run> {
  const run = await startOnce(script, env, timeoutMs, until)
  return run.code === 13 ? startOnce(script, env, timeoutMs, until) : run
}

async function startOnce(script: string, env: Record<string, string | undefined>, timeoutMs = 45_000, until?: RegExp): Promise<Run> {
  const bundle = await bundleScript(script)
  return new Promise((resolve) => {
    const { NODE_ENV: _ignored, ...inherited } = process.env
    const child = spawn(process.execPath, [bundle], {
      cwd: PROJECT_DIR,
      // No .env of a developer's checkout may fill in what a case leaves out.
      env: { ...inherited, PORT: '0', DOTENV_CONFIG_PATH: path.join(os.tmpdir(), 'evi-no-such-env-file'), ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let stopping = false
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      if (stopping || !until?.test(stdout)) return
      // Once: a second SIGTERM stops the worker without finishing its batch.
      stopping = true
      child.kill('SIGTERM')
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, timedOut })
    })
  })
}

const BAD_SECRETS = [
  ['missing', undefined],
  ['the example value', EXAMPLE_SECRET],
  ['too short', 'kurz-und-bekannt-1234567890'],
] as const

const ENTRY_POINTS = [
  ['the web server (npm run start:prod)', 'src/server/index.ts'],
  ['the migo worker (npm run worker)', 'scripts/worker.ts'],
  ['npm run migrate', 'scripts/migrate.ts'],
  ['npm run seed', 'scripts/seed.ts'],
] as const

describe('every entry point refuses a bad secret, with or without NODE_ENV=production', () => {
  for (const [entry, script] of ENTRY_POINTS) {
    for (const [situation, secret] of BAD_SECRETS) {
      it(`${entry}: ${situation}`, async () => {
        const usersBefore = (await db.query('SELECT count(*)::int AS n FROM users')).rows[0].n
        const run = await start(script, { DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: secret })
        expect(run.timedOut, `${script} kept running`).toBe(false)
        expect(run.code).toBe(1)
        const lines = run.stderr.trim().split('\n')
        expect(lines, run.stderr).toHaveLength(1)
        expect(lines[0]).toMatch(/Refusing to start: PAYLOAD_SECRET (is not set|still has the example value|is shorter than 32 characters)/)
        expect(run.stdout).not.toMatch(/Ready on|is running|applied|Demo/)
        expect((await db.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(usersBefore)
      })
    }
  }
})

describe('with a good secret the same entry points run', () => {
  it('the migo worker starts and stops cleanly', async () => {
    const run = await start('scripts/worker.ts', { DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: 'a'.repeat(16) + 'b'.repeat(16) }, 60_000, /is running/)
    expect(run.stdout).toMatch(/migo worker \d+ is running/)
    expect(run.code).toBe(0)
  })

  it('npm run migrate applies (nothing left to apply) and exits 0', async () => {
    const run = await start('scripts/migrate.ts', { DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: 'c'.repeat(40) })
    expect(run.stdout).toContain('Migrations applied.')
    expect(run.code).toBe(0)
  })
})

describe('the local embedded set-up brings its own secret', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-secret-'))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('generates a random one, keeps it, and uses it instead of a missing, short or example secret', async () => {
    const { embeddedSecret } = await import('../../scripts/lib/devSecret')
    const generated = embeddedSecret(undefined, dataDir)
    expect(generated).toMatch(/^[0-9a-f]{64}$/)
    expect(embeddedSecret('', dataDir)).toBe(generated)
    expect(embeddedSecret(EXAMPLE_SECRET, dataDir)).toBe(generated)
    expect(embeddedSecret('kurz', dataDir)).toBe(generated)
    expect((fs.statSync(path.join(dataDir, 'payload-secret')).mode & 0o777).toString(8)).toBe('600')
  })

  it('keeps a good secret that is set', async () => {
    const { embeddedSecret } = await import('../../scripts/lib/devSecret')
    const own = 'd'.repeat(48)
    expect(embeddedSecret(own, dataDir)).toBe(own)
  })
})
