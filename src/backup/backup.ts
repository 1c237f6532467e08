/**
 * `npm run backup`: one consistent snapshot of the database and the media
 * into BACKUP_DIR, named by its time, keeping the newest BACKUP_KEEP. The site
 * keeps running: the snapshot is one read-only transaction, which blocks no
 * writer; a change committed meanwhile is simply not in it.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { ArchiveWriter } from './archive'
import { copyTableOut, listSequences, tablesInLoadOrder } from './database'
import type { MediaStore } from './mediaStore'

export const BACKUP_PREFIX = 'evi-backup-'
export const BACKUP_SUFFIX = '.gz'
export const FORMAT_VERSION = 1

export type Manifest = {
  format: number
  createdAt: string
  migrations: string[]
  tables: { name: string; columns: string[] }[]
  sequences: { name: string; lastValue: string | null }[]
  media: string
}

export type BackupResult = { file: string; tables: number; rows: number; files: number; bytes: number; missing: string[]; removed: string[] }

type Log = (line: string) => void

/** Every file name a media row of the snapshot refers to (the original and each generated size). */
async function referencedFiles(client: pg.ClientBase): Promise<Set<string>> {
  const { rows: columns } = await client.query<{ column: string }>(
    `SELECT column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'media' AND column_name ~ '(^|_)filename$'`,
  )
  const names = new Set<string>()
  for (const { column } of columns) {
    const { rows } = await client.query<{ name: string | null }>(`SELECT "${column}" AS name FROM media`)
    for (const { name } of rows) if (name) names.add(name)
  }
  return names
}

const stamp = (date: Date) => date.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')

/** Backups in `dir`, oldest first (their names sort by time). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(BACKUP_PREFIX) && name.endsWith(BACKUP_SUFFIX))
    .sort()
    .map((name) => path.join(dir, name))
}

export async function createBackup(options: { databaseUrl: string; dir: string; keep: number; media: MediaStore; log?: Log }): Promise<BackupResult> {
  const log = options.log ?? (() => {})
  fs.mkdirSync(options.dir, { recursive: true })
  let createdAt = new Date()
  let file = path.join(options.dir, `${BACKUP_PREFIX}${stamp(createdAt)}${BACKUP_SUFFIX}`)
  // Two backups within one second: the second waits for a name of its own.
  while (fs.existsSync(file)) {
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)))
    createdAt = new Date()
    file = path.join(options.dir, `${BACKUP_PREFIX}${stamp(createdAt)}${BACKUP_SUFFIX}`)
  }
  const partial = `${file}.partial`
  const archive = new ArchiveWriter(partial)
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'evi-backup' })
  let tableCount = 0
  let rows = 0
  let files = 0
  let bytes = 0
  const missing: string[] = []
  try {
    await archive.start()
    await client.connect()
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables = await tablesInLoadOrder(client)
    tableCount = tables.length
    const { rows: applied } = await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
    const manifest: Manifest = {
      format: FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      migrations: applied.map((m) => m.name),
      tables,
      sequences: await listSequences(client),
      media: options.media.description,
    }
    await archive.entry({ type: 'manifest', name: 'manifest' }, [JSON.stringify(manifest)])
    for (const table of tables) {
      const stream = copyTableOut(client, table)
      await archive.entry({ type: 'table', name: table.name }, stream)
      rows += (stream as unknown as { rowCount: number }).rowCount
    }
    const wanted = await referencedFiles(client)
    await client.query('COMMIT')
    log(`database: ${tables.length} tables, ${rows} rows`)

    // Files after the snapshot: one uploaded meanwhile is harmless extra; one deleted meanwhile is reported.
    for await (const { name, size } of options.media.list()) {
      const body = await options.media.read(name)
      if (!body) continue
      const written = await archive.entry({ type: 'file', name, size }, body)
      if (written !== size) throw new Error(`The media file ${name} changed while it was saved (${size} → ${written} bytes); please run the backup again.`)
      wanted.delete(name)
      files += 1
      bytes += written
    }
    missing.push(...wanted)
    await archive.entry({ type: 'end', name: 'end', tables: tables.length, rows, files }, [])
    await archive.close()
    fs.renameSync(partial, file)
    log(`media: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB from ${options.media.description}`)
  } catch (error) {
    archive.destroy()
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end().catch(() => {})
  }

  const all = listBackups(options.dir)
  const removed = all.slice(0, Math.max(0, all.length - Math.max(1, options.keep)))
  for (const old of removed) fs.rmSync(old)
  return { file, tables: tableCount, rows, files, bytes, missing, removed }
}
