/**
 * Backup and restore, as an operator runs them (`npm run backup`, `npm run
 * restore`, each its own process): a restore into an empty database and an
 * empty media folder gives back every row of every table (documents,
 * versions, users, subscribers, jobs …) and every file, identical; a backup
 * taken while editors keep publishing is one consistent moment; a restore
 * refuses to overwrite anything without --force; old backups are pruned.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, runningServer, uniqueName } from '../helpers/postgresServer'
import { runProjectScriptAsync, timeoutForScriptRuns } from '../helpers/runScript'
import { databaseContents, folderContents } from '../helpers/snapshot'

// Before the config loads: the media collection reads its folder then.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-backup-test-'))
process.env.MEDIA_DIR = path.join(scratch, 'media')
const { testPayload } = await import('../helpers/payload')
const { seedDemoContent } = await import('../../src/seed')

const server = runningServer(inject('serverUrl'))
const backupDir = path.join(scratch, 'backups')
const created: string[] = []
let payload: Payload

async function emptyTarget(): Promise<{ url: string; mediaDir: string }> {
  const name = uniqueName('evi_restore')
  created.push(name)
  return { url: await createDatabase(server, name), mediaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'evi-restore-media-')) }
}

const backup = (env: Record<string, string> = {}) =>
  runProjectScriptAsync('scripts/backup.ts', [], {
    DATABASE_URL: process.env.DATABASE_URL,
    MEDIA_DIR: process.env.MEDIA_DIR,
    BACKUP_DIR: backupDir,
    ...env,
  })

const restore = (file: string, target: { url: string; mediaDir: string }, ...flags: string[]) =>
  runProjectScriptAsync('scripts/restore.ts', [file, ...flags], { DATABASE_URL: target.url, MEDIA_DIR: target.mediaDir })

const backupFile = (stdout: string) => /Backup written: (\S+)/.exec(stdout)?.[1] ?? ''

beforeAll(async () => {
  payload = await testPayload()
  await seedDemoContent(payload, [{ name: 'Admin', email: 'admin@backup.test', password: 'backup-test-1', role: 'admin' }])
  // A published article with a newer unpublished draft: two different versions of one document.
  const { docs } = await payload.find({ collection: 'articles', limit: 1, sort: 'title' })
  await payload.update({ collection: 'articles', id: docs[0].id, draft: true, data: { title: `${docs[0].title} (Entwurf)` } })
}, 300_000)

afterAll(async () => {
  for (const name of created) await dropDatabase(server, name)
  fs.rmSync(scratch, { recursive: true, force: true })
})

it('restores every row and every file, identical, into an empty database and media folder', async () => {
  const made = await backup()
  expect(made.code, made.stderr).toBe(0)
  const file = backupFile(made.stdout)
  expect(path.basename(file)).toMatch(/^evi-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.gz$/)

  const target = await emptyTarget()
  const restored = await restore(file, target)
  expect(restored.code, restored.stderr + restored.stdout).toBe(0)

  const source = await databaseContents(process.env.DATABASE_URL!)
  // Sequences are compared too: a new document after a restore gets the next id, not one already taken.
  // The comparison means something only where there is content: documents, versions, files.
  for (const table of ['articles', '_articles_v', 'media', 'orgs', '_orgs_v', 'migo', 'pages', 'users', 'payload_migrations']) {
    expect(source.tables[table]?.length, table).toBeGreaterThan(0)
  }
  expect(await databaseContents(target.url)).toEqual(source)
  const files = folderContents(process.env.MEDIA_DIR!)
  expect(Object.keys(files).length).toBeGreaterThan(10)
  expect(folderContents(target.mediaDir)).toEqual(files)
}, timeoutForScriptRuns(2))

it('refuses a database or media folder that is not empty, unless --force', async () => {
  const [file] = fs.readdirSync(backupDir).map((name) => path.join(backupDir, name))
  const target = await emptyTarget()
  fs.writeFileSync(path.join(target.mediaDir, 'fremd.jpg'), 'not from the backup')
  const refused = await restore(file, target)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain('is not empty')
  expect(refused.stderr).toContain('--force')
  expect(fs.readFileSync(path.join(target.mediaDir, 'fremd.jpg'), 'utf8')).toBe('not from the backup')

  const forced = await restore(file, target, '--force')
  expect(forced.code, forced.stderr).toBe(0)
  expect(fs.existsSync(path.join(target.mediaDir, 'fremd.jpg'))).toBe(false)
  // Restoring again over the restored copy works the same way.
  const again = await restore(file, target, '--force')
  expect(again.code, again.stderr).toBe(0)
  expect((await databaseContents(target.url)).tables.articles).toEqual((await databaseContents(process.env.DATABASE_URL!)).tables.articles)
}, timeoutForScriptRuns(3))

it('takes one consistent moment while editors keep publishing, and keeps only the newest BACKUP_KEEP', async () => {
  let writing = true
  const published: number[] = []
  const writer = (async () => {
    for (let n = 1; writing; n += 1) {
      const doc = await payload.create({ collection: 'articles', data: { title: `Während der Sicherung ${n}`, slug: `waehrend-der-sicherung-${n}`, _status: 'published' } })
      published.push(doc.id)
    }
  })()
  const made = await backup({ BACKUP_KEEP: '1' })
  writing = false
  await writer
  expect(made.code, made.stderr).toBe(0)
  expect(fs.readdirSync(backupDir)).toEqual([path.basename(backupFile(made.stdout))])

  const target = await emptyTarget()
  const restored = await restore(backupFile(made.stdout), target)
  expect(restored.code, restored.stderr).toBe(0)
  const client = new pg.Client({ connectionString: target.url })
  await client.connect()
  const { rows } = await client.query<{ id: number; versions: number }>(
    `SELECT a.id, (SELECT count(*)::int FROM _articles_v v WHERE v.parent_id = a.id) AS versions
       FROM articles a WHERE a.slug LIKE 'waehrend-der-sicherung-%' ORDER BY a.id`,
  )
  await client.end()
  // Some, not all, of the articles published during the backup made it in: exactly those
  // committed before its moment (the first k), each with its version.
  expect(rows.length).toBeGreaterThan(0)
  expect(published.length).toBeGreaterThan(rows.length)
  expect(rows.map((r) => r.id)).toEqual(published.slice(0, rows.length))
  expect(rows.every((r) => r.versions >= 1)).toBe(true)
}, timeoutForScriptRuns(2))
