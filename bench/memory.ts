/**
 * The production server's resident memory (RSS of its whole process tree, as
 * the operating system counts it): at idle after the start, then while it
 * answers 20,000 distinct public URLs (every article, organisation, category
 * and archive month, list pages, directory filters, and searches for the
 * words of the articles' titles to make up the rest), sampled every 1,000.
 * Targets: ≤ 300 MB idle, ≤ 400 MB after the 20,000, and less than 5 %
 * growth over the last quarter of the run (a leak shows as steady growth).
 */
import pg from 'pg'

import { treeRss } from '../tests/helpers/processTree'
import { formatTable, verdict } from './report'
import type { ServerProcess } from './serverProcess'

const URLS = Number(process.env.BENCH_MEMORY_URLS || 20_000)
const CONCURRENCY = 6
const IDLE_SETTLE_MS = 10_000
const TARGETS = { idleBytes: 300 * 1024 * 1024, afterBytes: 400 * 1024 * 1024, lastQuarterGrowth: 0.05 }
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** Distinct public URLs of the site, from what the database holds. */
async function publicUrls(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const slugs = async (sql: string) => (await client.query<{ slug: string }>(sql)).rows.map((row) => row.slug)
    const articles = await slugs(`SELECT slug FROM articles WHERE _status = 'published' AND published_at <= now() ORDER BY id`)
    // Inactive members have no public profile (src/access/organisationAccess.ts).
    const organisations = await slugs(`SELECT slug FROM orgs WHERE _status = 'published' AND status = 'active' ORDER BY id`)
    const categories = await slugs('SELECT slug FROM categories ORDER BY id')
    const { rows: months } = await client.query<{ y: number; m: number }>(
      `SELECT DISTINCT extract(year FROM published_at)::int AS y, extract(month FROM published_at)::int AS m FROM articles WHERE _status = 'published'`,
    )
    const { rows: words } = await client.query<{ word: string }>(
      `SELECT DISTINCT lower(w) AS word FROM articles_locales, regexp_split_to_table(title, '[^[:alpha:]]+') AS w WHERE length(w) > 3`,
    )
    const urls = new Set<string>(['/', '/aktuelles', '/aktuelles/archiv', '/mitgliedsvereine', '/migo', '/suche'])
    for (const slug of articles) urls.add(`/aktuelles/nachrichten/${slug}`)
    for (const slug of organisations) urls.add(`/mitgliedsvereine/${slug}`)
    for (const { y, m } of months) urls.add(`/aktuelles/archiv/${y}/${String(m).padStart(2, '0')}`)
    for (let page = 2; page <= Math.ceil(articles.length / 12); page += 1) urls.add(`/aktuelles/seite/${page}`)
    for (const slug of categories) {
      urls.add(`/aktuelles/kategorie/${slug}`)
      for (let page = 2; page <= 10; page += 1) urls.add(`/aktuelles/kategorie/${slug}/seite/${page}`)
    }
    for (const field of ['sport', 'bildung', 'kultur', 'gesundheit', 'religion', 'jugend', 'soziales']) {
      for (const letter of 'ABCDEFGHIJKLMNOPRSTUVWZ') urls.add(`/mitgliedsvereine?feld=${field}&buchstabe=${letter}`)
    }
    // Searches make up the rest: single words, then pairs of words, as readers type them.
    const terms = words.map((w) => w.word)
    for (let i = 0; urls.size < count && i < terms.length * terms.length; i += 1) {
      const first = terms[i % terms.length]
      const second = i < terms.length ? '' : ` ${terms[Math.floor(i / terms.length) % terms.length]}`
      urls.add(`/suche?q=${encodeURIComponent(first + second)}`)
    }
    return [...urls].slice(0, count)
  } finally {
    await client.end()
  }
}

export async function benchMemory(app: ServerProcess, databaseUrl: string, log: (line: string) => void): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS))
  const idle = treeRss(app.pid)
  log(`memory: ${MB(idle)} at idle after the start`)
  const urls = await publicUrls(databaseUrl, URLS)
  const samples: { done: number; rss: number }[] = [{ done: 0, rss: idle }]
  const statuses = new Map<number, number>()
  let next = 0
  let done = 0
  const started = Date.now()
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]
      let failure: unknown = null
      const response = await fetch(`${app.url}${url}`, { headers: { 'accept-encoding': 'gzip' } })
        .then(async (answer) => (await answer.arrayBuffer(), answer))
        .catch((error: unknown) => ((failure = error), null))
      statuses.set(response?.status ?? 0, (statuses.get(response?.status ?? 0) ?? 0) + 1)
      // No answer at all (status 0) is named with its cause: a reader would have seen an error page of their browser.
      if (failure && (statuses.get(0) ?? 0) <= 5) {
        const cause = (failure as Error & { cause?: Error }).cause
        log(`memory: no answer for ${url} after ${((Date.now() - started) / 1000).toFixed(0)} s: ${String(cause?.message ?? failure)}`)
      }
      // Every URL comes from what the database holds: anything but a page is named (a broken link somewhere).
      if (response && response.status !== 200 && (statuses.get(response.status) ?? 0) <= 5) log(`memory: ${url} answered ${response.status}`)
      done += 1
      if (done % 1000 === 0) {
        samples.push({ done, rss: treeRss(app.pid) })
        if (done % 5000 === 0) log(`memory: ${done} URLs, ${MB(samples.at(-1)!.rss)} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const after = treeRss(app.pid)
  const quarterMark = samples.find((s) => s.done >= urls.length * 0.75) ?? samples.at(-1)!
  const growth = (after - quarterMark.rss) / quarterMark.rss

  const pass = { idle: idle <= TARGETS.idleBytes, after: after <= TARGETS.afterBytes, growth: growth < TARGETS.lastQuarterGrowth }
  console.log(
    `\nMemory of the production server (RSS of its process tree; PAGE_CACHE_MB=${process.env.PAGE_CACHE_MB || 'default'}), ` +
      `${urls.length} distinct public URLs at ${CONCURRENCY} connections, answers ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}\n`,
  )
  console.log(
    formatTable(
      ['measure', 'value', 'target', 'result'],
      [
        ['idle after start', MB(idle), `≤ ${MB(TARGETS.idleBytes)}`, verdict(pass.idle)],
        [`after ${urls.length} URLs`, MB(after), `≤ ${MB(TARGETS.afterBytes)}`, verdict(pass.after)],
        [`growth over the last quarter (${quarterMark.done} → ${urls.length})`, `${(growth * 100).toFixed(1)} %`, '< 5 %', verdict(pass.growth)],
      ],
    ),
  )
  console.log(`samples (URLs: MB): ${samples.map((s) => `${s.done / 1000}k: ${(s.rss / 1024 / 1024).toFixed(0)}`).join(', ')}`)
  return pass.idle && pass.after && pass.growth
}
