/**
 * `npm run backup`: writes a snapshot of the database and the media to
 * BACKUP_DIR (default ./backups) as evi-backup-<time>.gz and keeps the newest
 * BACKUP_KEEP (default 14). Works while the site runs, against DATABASE_URL or
 * the embedded PostgreSQL, with only Node and npm (no pg_dump). See src/backup/.
 */
import 'dotenv/config'

import path from 'node:path'

import { createBackup } from '../src/backup/backup'
import { openMediaStore } from '../src/backup/mediaStore'
import { openProjectDatabase, PROJECT_DIR } from './lib/projectDatabase'
import { runMain } from './lib/runMain'

async function main() {
  const database = await openProjectDatabase()
  const media = openMediaStore()
  const started = Date.now()
  try {
    const result = await createBackup({
      databaseUrl: database.url,
      dir: path.resolve(PROJECT_DIR, process.env.BACKUP_DIR || 'backups'),
      keep: Number(process.env.BACKUP_KEEP || 14),
      media,
      log: (line) => console.log(`  ${line}`),
    })
    for (const name of result.missing) console.warn(`  ! ${name} is named by a media record but was deleted before it could be saved`)
    for (const old of result.removed) console.log(`  removed the older backup ${path.basename(old)}`)
    console.log(`Backup written: ${result.file} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } finally {
    media.close()
    await database.stop()
  }
}

runMain('backup', main)
