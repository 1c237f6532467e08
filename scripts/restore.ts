/**
 * `npm run restore FILE [--force]`: restores a backup written by `npm run
 * backup` into the database (DATABASE_URL or the embedded one) and the media
 * store (S3 when configured, else the media folder). Refuses a database or
 * media store that is not empty unless --force is given. See src/backup/.
 */
import 'dotenv/config'

import fs from 'node:fs'
import path from 'node:path'

import { openMediaStore } from '../src/backup/mediaStore'
import { restoreBackup } from '../src/backup/restore'
import { closePayload, loadPayload, projectMigrations } from './lib/preparePayload'
import { openProjectDatabase } from './lib/projectDatabase'
import { runMain } from './lib/runMain'

async function main() {
  const args = process.argv.slice(2)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) throw new Error('Usage: npm run restore -- <backup file> [--force]')
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`)
  const database = await openProjectDatabase()
  const media = openMediaStore()
  const started = Date.now()
  try {
    const result = await restoreBackup({
      file: path.resolve(file),
      databaseUrl: database.url,
      media,
      force: args.includes('--force'),
      openPayload: async () => {
        const payload = await loadPayload()
        return { payload, close: () => closePayload(payload) }
      },
      migrations: await projectMigrations(),
      log: (line) => console.log(`  ${line}`),
    })
    console.log(`Restored ${path.basename(file)}: ${result.tables} tables, ${result.files} files (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } finally {
    media.close()
    await database.stop()
  }
}

runMain('restore', main)
