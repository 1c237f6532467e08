/**
 * Lighthouse (its default: mobile form factor, simulated throttling) in the
 * system Chromium. One browser serves every run; Lighthouse resets storage
 * before each, so runs stay independent.
 */
import fs from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

/** One run: each category's score (0–100) and the audits it lost points on. */
export type LighthouseRun = { scores: Record<Category, number | null>; failedAudits: Record<Category, string[]> }

/** The system Chromium; CHROME_PATH points elsewhere (chrome-launcher's own variable). */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What a failed audit found first (a console message, an element, a URL), to say why points were lost. */
function firstItem(details: unknown): string {
  const item = (details as { items?: Record<string, unknown>[] } | undefined)?.items?.[0]
  if (!item) return 'no details'
  const node = item.node as { snippet?: string } | undefined
  const location = item.sourceLocation as { url?: string } | undefined
  const text = [item.description, node?.snippet, item.url ?? location?.url].filter(Boolean).join(' ') || JSON.stringify(item)
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}

export type LighthouseSession = { run: (url: string) => Promise<LighthouseRun>; close: () => Promise<void> }

export async function openLighthouse(): Promise<LighthouseSession> {
  // chrome-launcher reports a missing browser as an unhandled 'error' event; say it plainly instead.
  fs.accessSync(CHROMIUM, fs.constants.X_OK)
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  return {
    run: async (url) => {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      const scores = {} as LighthouseRun['scores']
      const failedAudits = {} as LighthouseRun['failedAudits']
      for (const category of CATEGORIES) {
        const entry = lhr.categories[category]
        scores[category] = entry?.score == null ? null : Math.round(entry.score * 100)
        failedAudits[category] = (entry?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score != null && lhr.audits[ref.id].score! < 1)
          .map((ref) => (category === 'performance' ? ref.id : `${ref.id} (${firstItem(lhr.audits[ref.id].details)})`))
      }
      return { scores, failedAudits }
    },
    close: async () => {
      chrome.kill()
    },
  }
}
