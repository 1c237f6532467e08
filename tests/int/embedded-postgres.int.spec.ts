/**
 * The embedded PostgreSQL of `npm start`: data written before a stop is there
 * after the next start, also when the project sits in a private folder that
 * the server's `postgres` user cannot enter (as root).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { resolveDataDir, startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'
import { freePort } from '../helpers/postgresServer'

const cleanups: string[] = []
afterAll(() => {
  for (const dir of cleanups) fs.rmSync(dir, { recursive: true, force: true })
})

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql, values)
  } finally {
    await client.end()
  }
}

async function writeStopStartRead(preferredDataDir: string) {
  const dataDir = resolveDataDir(preferredDataDir)
  cleanups.push(dataDir)
  const options = { dataDir, port: await freePort(), password: 'persist-test' }

  const first = await startEmbeddedPostgres(options)
  await first.ensureDatabase('evi')
  await query(first.url('evi'), 'CREATE TABLE notes (body text)')
  await query(first.url('evi'), 'INSERT INTO notes VALUES ($1)', ['bleibt erhalten'])
  await first.stop()

  // `npm start` resolves the folder anew on every start: it must find the same data again.
  expect(resolveDataDir(preferredDataDir)).toBe(dataDir)
  const second = await startEmbeddedPostgres(options)
  try {
    const { rows } = await query(second.url('evi'), 'SELECT body FROM notes')
    return { rows, dataDir }
  } finally {
    await second.stop()
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps data across a stop and a start', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-persist-'))
    fs.chmodSync(folder, 0o755)
    cleanups.push(folder)
    const { rows, dataDir } = await writeStopStartRead(path.join(folder, '.data', 'postgres'))
    expect(rows).toEqual([{ body: 'bleibt erhalten' }])
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true)
  })

  it('works from a private (0700) folder and keeps the data reachable from .data/', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-private-'))
    fs.chmodSync(folder, 0o700)
    cleanups.push(folder)
    const preferred = path.join(folder, 'clone', '.data', 'postgres')
    const { rows, dataDir } = await writeStopStartRead(preferred)
    expect(rows).toEqual([{ body: 'bleibt erhalten' }])
    // The folder stays private: nothing was opened up for other users.
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700)
    expect(fs.realpathSync(preferred)).toBe(fs.realpathSync(dataDir))
  })
})

describe('exit codes', () => {
  it('a process that used the embedded server keeps its own exit code (a failed test run must fail)', async () => {
    // The library's exit hook used to end every process with code 0 — so a failing Vitest run passed in CI.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-exit-code-'))
    fs.chmodSync(dir, 0o755)
    cleanups.push(dir)
    const script = path.join(dir, 'exits-with-3.mts')
    fs.writeFileSync(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve('scripts/lib/embeddedPostgres.ts'))}
const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(path.join(dir, 'data'))}, port: ${await freePort()}, password: 'exit-code' })
await server.stop()
process.exitCode = 3
`,
    )
    const { spawnSync } = await import('node:child_process')
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [script], { encoding: 'utf8', timeout: 60_000 })
    expect(result.stderr).not.toMatch(/TypeError/)
    expect(result.status).toBe(3)
  })
})
