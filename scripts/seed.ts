/**
 * `npm run seed [-- --reset]`: adds missing demo content; `--reset` first empties
 * the database (drops every table and re-runs the migrations).
 */
import 'dotenv/config'

import fs from 'node:fs'
import path from 'node:path'

import { isDatabaseEmpty, seedDemoContent } from '../src/seed'
import { demoLogins, formatLogins, rememberLogins } from './lib/demoLogins'
import { closePayload, migratedPayload } from './lib/preparePayload'
import { runMain } from './lib/runMain'
import { DATA_DIR, openProjectDatabase } from './lib/projectDatabase'

const args = new Set(process.argv.slice(2))

async function main() {
  const database = await openProjectDatabase()
  try {
    if (args.has('--reset') && !database.embedded && !args.has('--force')) {
      throw new Error('Refusing to reset a database given by DATABASE_URL without --force.')
    }
    const payload = await migratedPayload()
    if (args.has('--reset')) {
      console.log('Resetting the database …')
      await payload.db.migrateFresh({ forceAcceptWarning: true })
      // Uploaded files belong to the emptied database.
      fs.rmSync(process.env.MEDIA_DIR || path.resolve('media'), { recursive: true, force: true })
    }
    const wasEmpty = await isDatabaseEmpty(payload)
    const created = await seedDemoContent(payload, demoLogins())
    if (database.embedded) rememberLogins(DATA_DIR, created)
    console.log(wasEmpty ? 'Demo content created.' : 'Missing demo content added.')
    if (created.length) console.log(`Demo login:\n${formatLogins(created)}`)
    await closePayload(payload)
  } finally {
    await database.stop()
  }
}

runMain('seed', main)
