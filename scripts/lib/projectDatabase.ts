/**
 * The database the app runs on: the server in DATABASE_URL when set, else the
 * project's own embedded PostgreSQL with its data under `.data/`.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '../../src/lib/projectRoot'
import { embeddedSecret } from './devSecret'
import { resolveDataDir, startEmbeddedPostgres } from './embeddedPostgres'

export const PROJECT_DIR = projectRoot(import.meta.dirname)
/** EVI_DATA_DIR moves it (tests run a whole `npm start` in a folder of their own). */
export const DATA_DIR = path.resolve(PROJECT_DIR, process.env.EVI_DATA_DIR || '.data')
const SETTINGS_FILE = path.join(DATA_DIR, 'embedded-postgres.json')
const LOG_FILE = path.join(DATA_DIR, 'postgres.log')
const DATABASE_NAME = 'evi'
const DEFAULT_PORT = 54329

export type ProjectDatabase = {
  url: string
  /** True for the embedded default, which gets demo content and a demo login. */
  embedded: boolean
  stop: () => Promise<void>
}

type EmbeddedSettings = { password: string }

/** The generated password is kept so the data folder stays usable across restarts. */
function embeddedSettings(): EmbeddedSettings {
  if (fs.existsSync(SETTINGS_FILE)) return JSON.parse(fs.readFileSync(SETTINGS_FILE, 'utf8'))
  const settings = { password: randomBytes(18).toString('base64url') }
  fs.writeFileSync(SETTINGS_FILE, JSON.stringify(settings, null, 2), { mode: 0o600 })
  return settings
}

/** The embedded server's URL when it is already running (started by another process), else null. */
async function runningEmbeddedUrl(port: number): Promise<string | null> {
  if (!fs.existsSync(SETTINGS_FILE)) return null
  const url = `postgres://postgres:${encodeURIComponent(embeddedSettings().password)}@127.0.0.1:${port}/${DATABASE_NAME}`
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return url
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Opens the database and points this process at it: DATABASE_URL, and for the
 * embedded default a PAYLOAD_SECRET kept in .data/ unless a good one is set.
 * Child processes inherit both.
 */
export async function openProjectDatabase(): Promise<ProjectDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  fs.mkdirSync(DATA_DIR, { recursive: true })
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_PORT)
  const running = await runningEmbeddedUrl(port)
  if (running) {
    // The site is running (npm start): scripts such as backup use its server and leave it running.
    process.env.DATABASE_URL = running
    process.env.PAYLOAD_SECRET = embeddedSecret(process.env.PAYLOAD_SECRET, DATA_DIR)
    return { url: running, embedded: true, stop: async () => {} }
  }
  const logStream = fs.createWriteStream(LOG_FILE, { flags: 'a' })
  const server = await startEmbeddedPostgres({
    dataDir: resolveDataDir(path.join(DATA_DIR, 'postgres')),
    port,
    password: embeddedSettings().password,
    log: (line) => logStream.write(`${line}\n`),
    detachedLogFile: LOG_FILE,
  }).catch((error: unknown) => {
    logStream.end()
    throw new Error(`${error instanceof Error ? error.message : String(error)} (PostgreSQL log: ${LOG_FILE})`)
  })
  await server.ensureDatabase(DATABASE_NAME)
  process.env.DATABASE_URL = server.url(DATABASE_NAME)
  process.env.PAYLOAD_SECRET = embeddedSecret(process.env.PAYLOAD_SECRET, DATA_DIR)
  return {
    url: server.url(DATABASE_NAME),
    embedded: true,
    stop: async () => {
      await server.stop()
      logStream.end()
    },
  }
}
