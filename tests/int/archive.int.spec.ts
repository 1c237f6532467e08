/** The news archive groups articles by month in Essen's time (Europe/Berlin), not UTC. */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { listArchiveMonths, listArticlesOfMonth } from '@/content/articles'
import { berlinMonthRange } from '@/lib/formatDate'

import { slugify } from '@/lib/slugify'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  const at = (title: string, publishedAt: string, status: 'published' | 'draft' = 'published') =>
    status === 'draft'
      ? payload.create({ collection: 'articles', draft: true, data: { title, slug: slugify(title), publishedAt, _status: status } })
      : payload.create({ collection: 'articles', data: { title, slug: slugify(title), publishedAt, _status: status } })
  // 31 March 22:30 UTC is already 1 April 00:30 in Essen (summer time).
  await at('Kurz nach Mitternacht im April', '2026-03-31T22:30:00.000Z')
  await at('Letzter Märztag', '2026-03-31T21:30:00.000Z')
  // 31 December 23:30 UTC is 1 January in Essen (winter time).
  await at('Neujahr', '2025-12-31T23:30:00.000Z')
  await at('Nur ein Entwurf im April', '2026-04-10T10:00:00.000Z', 'draft')
})

it('month ranges start at midnight in Essen, summer and winter time alike', () => {
  expect(berlinMonthRange(2026, 4)).toEqual({ start: '2026-03-31T22:00:00.000Z', end: '2026-04-30T22:00:00.000Z' })
  expect(berlinMonthRange(2026, 1)).toEqual({ start: '2025-12-31T23:00:00.000Z', end: '2026-01-31T23:00:00.000Z' })
  expect(berlinMonthRange(2025, 12).end).toBe(berlinMonthRange(2026, 1).start)
})

it('lists years and months newest first, counting each article in its Essen month, drafts left out', async () => {
  expect(await listArchiveMonths()).toEqual([
    { year: 2026, months: [{ month: 4, count: 1 }, { month: 3, count: 1 }, { month: 1, count: 1 }] },
  ])
})

it('a month page shows exactly the articles of that month in Essen', async () => {
  expect((await listArticlesOfMonth(2026, 4, 'de')).map((a) => a.title)).toEqual(['Kurz nach Mitternacht im April'])
  expect((await listArticlesOfMonth(2026, 3, 'de')).map((a) => a.title)).toEqual(['Letzter Märztag'])
  expect((await listArticlesOfMonth(2026, 1, 'de')).map((a) => a.title)).toEqual(['Neujahr'])
  expect(await listArticlesOfMonth(2025, 12, 'de')).toEqual([])
})
