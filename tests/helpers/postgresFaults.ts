/**
 * A PostgreSQL server of a test's own that the test can hurt: freeze all of
 * its processes (SIGSTOP, as a hung machine or a stalled disk would), end the
 * app's connections (pg_terminate_backend, as a failover or an admin would),
 * and stop and start it again on the same port and data.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/lib/embeddedPostgres'
import { freePort } from './postgresServer'
import { processTree } from './processTree'

export type FaultyPostgres = {
  urlFor: (database: string) => string
  /** The postmaster and every backend process, SIGSTOPped; returns how many. */
  freeze: () => number
  thaw: () => void
  /** Ends every connection to `database` but the caller's; returns how many it ended. */
  terminateConnections: (database: string) => Promise<number>
  stop: () => Promise<void>
  start: () => Promise<void>
  /** Stops it for good and removes its files. */
  remove: () => Promise<void>
}

export async function startFaultyPostgres(): Promise<FaultyPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-faulty-pg-'))
  fs.chmodSync(dir, 0o755)
  const options = { dataDir: path.join(dir, 'data'), port: await freePort(), password: 'faults-only' }
  let server: EmbeddedServer | null = await startEmbeddedPostgres(options)
  let frozen: number[] = []
  const thaw = () => {
    for (const pid of frozen) {
      try {
        process.kill(pid, 'SIGCONT')
      } catch {
        // gone
      }
    }
    frozen = []
  }
  const postmaster = () => Number(fs.readFileSync(path.join(options.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])

  return {
    urlFor: (database) => server!.url(database),
    freeze() {
      frozen = processTree(postmaster())
      for (const pid of frozen) process.kill(pid, 'SIGSTOP')
      return frozen.length
    },
    thaw,
    async terminateConnections(database) {
      const client = new pg.Client({ connectionString: server!.url('postgres') })
      await client.connect()
      try {
        const { rowCount } = await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        )
        return rowCount ?? 0
      } finally {
        await client.end()
      }
    },
    async stop() {
      await server?.stop()
      server = null
    },
    async start() {
      server = await startEmbeddedPostgres(options)
    },
    async remove() {
      thaw()
      await server?.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
