/**
 * A PostgreSQL server for a test run: TEST_DATABASE_URL's server when set,
 * otherwise an embedded one in a temporary folder that is removed afterwards.
 * Every test file or suite then gets databases of its own on it.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

export type TestPostgres = {
  /** Connection string for `database` on the server. */
  urlFor: (database: string) => string
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** A server that is already running (and stays running), known by any connection string to it. */
export function runningServer(anyUrl: string): TestPostgres {
  return {
    urlFor: (database) => {
      const url = new URL(anyUrl)
      url.pathname = `/${database}`
      return url.toString()
    },
    stop: async () => {},
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) return runningServer(process.env.TEST_DATABASE_URL)
  // /tmp is reachable for the `postgres` user that runs the server when we are root.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-test-pg-'))
  fs.chmodSync(dir, 0o755)
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    password: 'test-only',
  })
  return {
    urlFor: server.url,
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Runs one statement against the server's maintenance database. */
async function admin(urlFor: TestPostgres['urlFor'], sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor('postgres') })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export async function createDatabase(server: TestPostgres, name: string, template?: string): Promise<string> {
  const id = pg.escapeIdentifier
  await admin(server.urlFor, `CREATE DATABASE ${id(name)}${template ? ` TEMPLATE ${id(template)}` : ''}`)
  return server.urlFor(name)
}

export async function dropDatabase(server: TestPostgres, name: string): Promise<void> {
  await admin(server.urlFor, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
}

export const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`

export async function tableExists(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public.${table}`])
    return rows[0].present
  } finally {
    await client.end()
  }
}
