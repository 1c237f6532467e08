/**
 * `npm run import:news -- <feed.xml | folder of saved article pages>`: imports
 * the old site's news into the project database (embedded unless DATABASE_URL
 * is set), with redirects from the old addresses, and prints a report of what
 * could not be taken over. Safe to run again.
 */
import 'dotenv/config'

import fs from 'node:fs'

import { formatReport, importOldNews, readSource } from '../src/import/oldNews/importNews'
import { closePayload, migratedPayload } from './lib/preparePayload'
import { openProjectDatabase } from './lib/projectDatabase'
import { runMain } from './lib/runMain'

async function main() {
  const source = process.argv[2]
  if (!source || !fs.existsSync(source)) {
    throw new Error('Bitte eine RSS-Datei oder einen Ordner mit gespeicherten Beitragsseiten angeben: npm run import:news -- <Datei oder Ordner>')
  }
  const { articles, baseDir } = readSource(source)
  console.log(`${articles.length} Beiträge gelesen aus ${source}`)
  const database = await openProjectDatabase()
  try {
    const payload = await migratedPayload()
    console.log(formatReport(await importOldNews(payload, articles, { baseDir })))
    await closePayload(payload)
  } finally {
    await database.stop()
  }
}

runMain('import:news', main)
