/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import 'dotenv/config'

import { closePayload, migratedPayload } from './lib/preparePayload'
import { runMain } from './lib/runMain'
import { openProjectDatabase } from './lib/projectDatabase'

async function main() {
  const database = await openProjectDatabase()
  try {
    await closePayload(await migratedPayload())
    console.log('Migrations applied.')
  } finally {
    await database.stop()
  }
}

runMain('migrate', main)
