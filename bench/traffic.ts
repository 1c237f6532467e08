/**
 * Real traffic against the page cache, while editors edit: 50 connections
 * asking for a fixed set of public addresses (trafficUrls.ts) with a Zipf
 * distribution — a few pages popular, a long tail — in three cases:
 *   (a) nobody editing;
 *   (b) an editor autosaving a published article every 2 s and publishing a change every 30 s;
 *   (c) a new article published every 10 s;
 * beside the ceiling (a bare node:http server sending the same pages from
 * memory) in the same run; then the herd (50 simultaneous requests for one
 * page that is not cached — a new article's — against one render alone).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import autocannon from 'autocannon'

import { articlePath } from '../src/lib/paths'
import { bin } from '../tests/helpers/runScript'
import type { Cleanup } from './cleanup'
import { editorToken, startEditing, type EditorPlan, type EditorReport } from './editors'
import { type LoadResult } from './load'
import { formatTable, median, percent, verdict } from './report'
import { freePort } from '../tests/helpers/postgresServer'
import { startServerProcess, type ServerProcess } from './serverProcess'
import { collectTrafficUrls } from './trafficUrls'
import { shuffled, zipfSampler } from './zipf'

export const TRAFFIC_TARGETS = {
  /** (a) against the ceiling. */
  quietRatio: 0.8,
  quietP99Ms: 20,
  /** (b) and (c) against (a). */
  editingRatio: 0.75,
  editingP99Ms: 30,
  /** The herd finishes within this many single renders. */
  herdRenders: 2,
}

const CONNECTIONS = 50
const log = (line: string) => console.log(`· ${line}`)

/** `hits`: answered from memory, fresh (HIT) or, while a changed page rendered again, its old copy (STALE: `stale`). */
type TrafficResult = LoadResult & { hits: number; stale: number; requests: number }

/** One run of Zipf-distributed requests over `paths` (most popular first). */
async function zipfLoad(base: string, paths: string[], seconds: number, seed: number): Promise<TrafficResult> {
  const next = zipfSampler(paths.length, { seed })
  let hits = 0
  let stale = 0
  let answered = 0
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
    // As every browser asks: the page cache keeps pages compressed, the ceiling has them compressed too.
    headers: { 'accept-encoding': 'gzip' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next()] }),
        onResponse: (_status, _body, _context, headers) => {
          answered += 1
          const cached = (headers as Record<string, string> | undefined)?.['x-page-cache']
          if (cached === 'HIT' || cached === 'STALE') hits += 1
          if (cached === 'STALE') stale += 1
        },
      },
    ],
  })
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    hits,
    stale,
    requests: answered,
  }
}

/** A warm-up (discarded) and the measured run, both with the same sequence of addresses. */
async function measure(base: string, paths: string[], seconds: number): Promise<TrafficResult> {
  await zipfLoad(base, paths, 5, 1)
  return zipfLoad(base, paths, seconds, 2)
}

/** How long one GET takes to answer completely (gzip asked for, as browsers do), on the agent's kept-alive connections. */
function timed(url: string, agent: http.Agent): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.resume()
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${url} answered ${response.statusCode}`))))
      })
      .on('error', reject)
  })
}

export type TrafficSetup = {
  cleanup: Cleanup
  app: ServerProcess
  scratch: string
  editor: { email: string; password: string }
  seconds: number
}

export async function benchTraffic({ cleanup, app, scratch, editor, seconds }: TrafficSetup): Promise<boolean> {
  const urls = await collectTrafficUrls(app.url)
  // Every page once (rendered and kept), and its bytes for the ceiling. A list shorter than
  // three pages has no page 2 or 3 (404): those addresses are left out; anything else must answer.
  const pages: Record<string, string> = {}
  for (const p of urls.all) {
    const response = await fetch(`${app.url}${p}`)
    if (response.status === 404 && /(\/seite\/|[?&]seite=)\d+$/.test(p)) continue
    if (!response.ok) throw new Error(`${p} answered ${response.status}`)
    pages[p] = await response.text()
  }
  // Home and the news list are the most asked for; the rest in a fixed random order.
  const known = Object.keys(pages)
  const paths = ['/', '/aktuelles', ...shuffled(known.filter((p) => p !== '/' && p !== '/aktuelles'))]
  log(`traffic: ${paths.length} addresses (${urls.articles.length} articles, ${urls.searches.length} searches, ${urls.directoryFilters.length} directory filters)`)
  const pagesFile = path.join(scratch, 'ceiling-pages.json')
  fs.writeFileSync(pagesFile, JSON.stringify(pages))
  const port = await freePort()
  const ceilingServer = await startServerProcess({
    name: 'ceiling',
    cleanup,
    command: bin('tsx'),
    args: ['bench/ceilingServer.ts', pagesFile],
    env: { PORT: String(port) },
    readyUrl: `http://127.0.0.1:${port}/`,
  })

  const token = await editorToken(app.url, editor.email, editor.password)
  const popularArticle = paths.find((p) => p.startsWith('/aktuelles/nachrichten/'))!
  const article = (await (await fetch(`${app.url}/api/articles?where[slug][equals]=${popularArticle.split('/').pop()}&depth=0`)).json()).docs[0] as {
    id: number
  }
  const categoryIds = ((await (await fetch(`${app.url}/api/categories?limit=100&depth=0`)).json()).docs as { id: number }[]).map((c) => c.id)

  const rows: { name: string; result: TrafficResult; editing?: EditorReport }[] = []
  const ceiling = await measure(ceilingServer.url, paths, seconds)
  log(`traffic ceiling: ${ceiling.rps.toFixed(0)} req/s, p99 ${ceiling.p99} ms`)
  await ceilingServer.stop()
  const quiet = await measure(app.url, paths, seconds)
  rows.push({ name: '(a) nobody editing', result: quiet })
  log(`traffic (a): ${quiet.rps.toFixed(0)} req/s, p99 ${quiet.p99} ms`)
  for (const [name, plan] of [
    ['(b) autosave every 2 s, publish every 30 s', 'autosave-and-publish'],
    ['(c) a new article every 10 s', 'new-articles'],
  ] as [string, EditorPlan][]) {
    const stop = startEditing(app.url, token, plan, { articleId: article.id, categoryIds })
    const result = await measure(app.url, paths, seconds)
    const editing = await stop()
    rows.push({ name, result, editing })
    log(`traffic ${name}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, editor: ${JSON.stringify(editing)}`)
  }

  // The herd: a new article's page, never rendered (no copy from before to serve), asked for by 50 readers at once.
  const publishNew = async (label: string) => {
    const slug = `herde-${label}-${Date.now()}`
    const response = await fetch(`${app.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `Herde ${label}`, slug, teaser: 'Ein neuer Beitrag für viele Leser auf einmal.', categories: [categoryIds[0]], _status: 'published' }),
    })
    if (!response.ok) throw new Error(`publishing for the herd answered ${response.status}`)
    await response.arrayBuffer()
    return `${app.url}${articlePath(slug)}`
  }
  // 50 readers' connections, open before they ask (the figure is the server's work, not 50 TCP handshakes);
  // 50 answers for a cached page on them show what sending alone costs.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const all = (url: string) => Promise.all(Array.from({ length: CONNECTIONS }, () => timed(url, agent)))
  const single: number[] = []
  const herd: number[] = []
  const sending: number[] = []
  for (let round = 0; round < 5; round += 1) {
    await all(`${app.url}/`)
    let started = performance.now()
    await all(`${app.url}/`)
    sending.push(performance.now() - started)
    single.push(await timed(await publishNew(`allein-${round}`), agent))
    const page = await publishNew(`viele-${round}`)
    started = performance.now()
    await all(page)
    herd.push(performance.now() - started)
  }
  agent.destroy()
  const oneRender = median(single)
  const herdTime = median(herd)

  const table = [
    ['ceiling: node:http, the same pages', ceiling, null, null] as const,
    ...rows.map(({ name, result }, i) => {
      const base = i === 0 ? ceiling : quiet
      const ratio = result.rps / base.rps
      const target = i === 0 ? { ratio: TRAFFIC_TARGETS.quietRatio, p99: TRAFFIC_TARGETS.quietP99Ms } : { ratio: TRAFFIC_TARGETS.editingRatio, p99: TRAFFIC_TARGETS.editingP99Ms }
      const pass = ratio >= target.ratio && result.p99 <= target.p99 && result.failed === 0
      return [name, result, { ratio, of: i === 0 ? 'ceiling' : '(a)', target }, pass] as const
    }),
  ]
  let allPass = true
  const printed = table.map(([name, result, comparison, pass]) => {
    if (pass === false) allPass = false
    return [
      name,
      result.rps.toFixed(0),
      `${result.p50} ms`,
      `${result.p99} ms`,
      percent(result.rps / ceiling.rps),
      comparison ? `${percent(comparison.ratio)} of ${comparison.of}` : '',
      'hits' in result && result.requests ? `${percent(result.hits / result.requests)}${result.stale ? ` (${percent(result.stale / result.requests)} old copy)` : ''}` : '',
      String(result.failed),
      comparison ? `≥ ${percent(comparison.target.ratio)} of ${comparison.of}, p99 ≤ ${comparison.target.p99} ms` : '',
      verdict(pass),
    ]
  })
  const herdPass = herdTime <= TRAFFIC_TARGETS.herdRenders * oneRender
  if (!herdPass) allPass = false
  console.log(
    `\nTraffic: ${paths.length} public addresses, Zipf-distributed (s = 1), ${CONNECTIONS} connections, 5 s warm-up + ${seconds} s per case, ` +
      `one run each, in this order\n`,
  )
  console.log(formatTable(['case', 'req/s', 'p50', 'p99', 'of ceiling', 'ratio', 'from memory', 'errors', 'target', 'result'], printed))
  for (const { name, editing } of rows) if (editing) console.log(`  ${name}: the editor saved ${editing.autosaves} drafts and published ${editing.publishes} times (${editing.failed} failed)`)
  console.log(
    `\nHerd: ${CONNECTIONS} simultaneous requests for a new article's page (never rendered) took ${herdTime.toFixed(0)} ms ` +
      `(median of 5); one render alone ${oneRender.toFixed(0)} ms → ${(herdTime / oneRender).toFixed(2)} renders ` +
      `(target ≤ ${TRAFFIC_TARGETS.herdRenders}): ${verdict(herdPass)}; 50 answers of a cached page on the same connections took ${median(sending).toFixed(0)} ms`,
  )
  return allPass
}
