/**
 * Two real news articles of the association's current site, imported into the
 * demo content the way the old site's news will be (src/import/oldNews/):
 * from the saved article pages of the sample export, with their old addresses.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { importOldNews, readSource } from '@/import/oldNews/importNews'

export const OLD_SITE_PAGES = path.resolve(process.cwd(), 'tests/fixtures/typo3-news/seiten')

export async function seedOldSiteNews(payload: Payload): Promise<void> {
  // A deployment without the tests folder simply has no such demo articles.
  if (!fs.existsSync(OLD_SITE_PAGES)) return
  const { articles, baseDir } = readSource(OLD_SITE_PAGES)
  await importOldNews(payload, articles, { baseDir })
}
