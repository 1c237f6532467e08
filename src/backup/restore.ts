/**
 * `npm run restore FILE [--force]`: brings a backup into an empty database and
 * an empty media store (or, with --force, empties both first).
 *
 * The schema comes from the project's own migrations, run up to the last one
 * the backup had applied; then the rows, table by table in the order they
 * were saved (foreign-key order), in one transaction; then every sequence is
 * set to where it stood; then the migrations the backup did not have yet run
 * as on any upgrade. Last, the media files.
 */
import type { Migration, Payload } from 'payload'
import pg from 'pg'

import { PUBLIC_CONTENT_CHANNEL } from '../cache/channel'
import { readArchive } from './archive'
import { FORMAT_VERSION, type Manifest } from './backup'
import { copyTableIn, emptyDatabase, isDatabaseEmpty, restoreSequences } from './database'
import { isStoreEmpty, type MediaStore } from './mediaStore'

type Log = (line: string) => void

export class RestoreRefused extends Error {}

export type RestoreResult = { tables: number; files: number; migrationsAfter: string[] }

async function collect(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/** Reads the whole file once before anything is changed: a damaged or incomplete backup is refused untouched. */
async function checkArchive(file: string): Promise<Manifest> {
  let manifest: Manifest | null = null
  let complete = false
  for await (const entry of readArchive(file)) {
    if (entry.header.type === 'manifest') manifest = JSON.parse(await collect(entry.body()))
    else if (entry.header.type === 'end') complete = true
  }
  if (!manifest || !complete) throw new RestoreRefused(`${file} is incomplete (the backup did not finish); nothing was changed.`)
  if (manifest.format !== FORMAT_VERSION) throw new RestoreRefused(`${file} has format ${manifest.format}; this version reads format ${FORMAT_VERSION}.`)
  return manifest
}

/** Runs a migration's `up` inside a transaction, as Payload's migrate does, without recording it (the backup's own record is loaded later). */
async function runUp(payload: Payload, migration: Migration): Promise<void> {
  const { commitTransaction, createLocalReq, initTransaction, killTransaction } = await import('payload')
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions
  const db = sessions[String(await req.transactionID)]?.db
  try {
    await migration.up({ db, payload, req } as Parameters<Migration['up']>[0])
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export async function restoreBackup(options: {
  file: string
  databaseUrl: string
  media: MediaStore
  force: boolean
  /** Loads Payload against databaseUrl (without migrating), and closes it again. */
  openPayload: () => Promise<{ payload: Payload; close: () => Promise<void> }>
  migrations: Migration[]
  log?: Log
}): Promise<RestoreResult> {
  const log = options.log ?? (() => {})
  const manifest = await checkArchive(options.file)
  const names = options.migrations.map((m) => m.name)
  const unknown = manifest.migrations.filter((name) => !names.includes(name))
  if (unknown.length) {
    throw new RestoreRefused(`The backup was made by a newer version of the site (migrations ${unknown.join(', ')} are unknown here): update the site first.`)
  }
  const upTo = manifest.migrations.length ? Math.max(...manifest.migrations.map((name) => names.indexOf(name))) + 1 : 0
  if (names.slice(0, upTo).some((name) => !manifest.migrations.includes(name))) {
    throw new RestoreRefused('The backup skipped some of the migrations before its last one; it cannot be rebuilt in order.')
  }

  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'evi-restore' })
  await client.connect()
  try {
    const databaseEmpty = await isDatabaseEmpty(client)
    const mediaEmpty = await isStoreEmpty(options.media)
    if ((!databaseEmpty || !mediaEmpty) && !options.force) {
      const what = [!databaseEmpty && 'the database', !mediaEmpty && options.media.description].filter(Boolean).join(' and ')
      throw new RestoreRefused(`Refusing to restore: ${what} is not empty. Add --force to replace everything in it with the backup.`)
    }
    if (!databaseEmpty) {
      log('emptying the database (--force)')
      await emptyDatabase(client)
    }
    if (!mediaEmpty) {
      log(`emptying ${options.media.description} (--force)`)
      await options.media.clear()
    }

    const { payload, close } = await options.openPayload()
    try {
      for (const migration of options.migrations.slice(0, upTo)) await runUp(payload, migration)
      log(`schema: ${upTo} migrations, as of the backup`)

      let tables = 0
      let files = 0
      await client.query('BEGIN')
      for await (const entry of readArchive(options.file)) {
        const { type, name } = entry.header
        if (type === 'table') {
          const table = manifest.tables.find((t) => t.name === name)
          if (!table) throw new Error(`The backup holds rows of ${name} but does not describe the table.`)
          await copyTableIn(client, table, entry.body())
          tables += 1
        } else if (type === 'file') {
          if (tables === manifest.tables.length && files === 0) {
            await restoreSequences(client, manifest.sequences)
            await client.query('COMMIT')
            log(`database: ${tables} tables`)
          }
          await options.media.write(name, Number(entry.header.size), entry.body())
          files += 1
        }
      }
      if (files === 0) {
        await restoreSequences(client, manifest.sequences)
        await client.query('COMMIT')
        log(`database: ${tables} tables`)
      }
      log(`media: ${files} files into ${options.media.description}`)

      const after = names.slice(upTo)
      if (after.length) {
        await payload.db.migrate({ migrations: options.migrations })
        log(`applied the ${after.length} migrations newer than the backup`)
      }
      // Running app instances drop their cached pages (the content changed under them).
      await client.query('SELECT pg_notify($1, $2)', [PUBLIC_CONTENT_CHANNEL, JSON.stringify({ source: 'restore', reason: 'restore' })])
      return { tables, files, migrationsAfter: after }
    } finally {
      await close()
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
