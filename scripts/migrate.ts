/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import 'dotenv/config'

import { persistentDevSecret } from './lib/devSecret'
import { closePayload, migratedPayload } from './lib/preparePayload'
import { runMain } from './lib/runMain'
import { DATA_DIR, openProjectDatabase } from './lib/projectDatabase'

async function main() {
  const database = await openProjectDatabase()
  process.env.DATABASE_URL = database.url
  if (database.embedded && !process.env.PAYLOAD_SECRET) process.env.PAYLOAD_SECRET = persistentDevSecret(DATA_DIR)
  try {
    await closePayload(await migratedPayload())
    console.log('Migrations applied.')
  } finally {
    await database.stop()
  }
}

runMain('migrate', main)
