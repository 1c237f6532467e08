/**
 * Projekte through the content module: running before completed, a draft
 * hidden, and a project's news and events as far as readers may see them.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { listProjectRelated, listProjects } from '@/content/projects'

import { testPayload } from '../helpers/payload'

let payload: Payload
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
})

const project = (slug: string, extra: Record<string, unknown>) =>
  payload.create({ collection: 'projects', data: { title: slug, slug, _status: 'published', ...extra } as never })

it('lists running projects before completed ones, newest first, without drafts', async () => {
  const old = await project('alt-abgeschlossen', { status: 'completed', startDate: '2019-01-01' })
  const running = await project('laufend', { status: 'running', startDate: '2025-01-01' })
  const newer = await project('neu-abgeschlossen', { status: 'completed', startDate: '2023-01-01' })
  await payload.create({ collection: 'projects', draft: true, data: { title: 'Entwurf', slug: 'projekt-entwurf', _status: 'draft' } as never })
  expect((await listProjects()).map((p) => p.id)).toEqual([running.id, newer.id, old.id])
  expect((await listProjects({ status: 'completed' })).map((p) => p.id)).toEqual([newer.id, old.id])
})

it('keeps the funders’ lines in every language, German as the fallback', async () => {
  const doc = await project('gefoerdert', {
    funders: [{ name: 'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW', fundingLine: 'Eine Förderung des Ministeriums …' }],
  })
  const english = await payload.findByID({ collection: 'projects', id: doc.id, locale: 'en' })
  expect(english.funders?.[0].fundingLine).toBe('Eine Förderung des Ministeriums …')
})

it("a project's news and events: only what readers may see, events split into coming and past", async () => {
  const published = await payload.create({ collection: 'articles', data: { title: 'Projektnachricht', slug: 'projektnachricht', _status: 'published', publishedAt: new Date(Date.now() - DAY).toISOString() } })
  const draft = await payload.create({ collection: 'articles', draft: true, data: { title: 'Projektentwurf', slug: 'projektentwurf', _status: 'draft' } })
  const coming = await payload.create({ collection: 'events', data: { title: 'Projekttreffen', slug: 'projekttreffen', startsAt: new Date(Date.now() + DAY).toISOString(), _status: 'published' } as never })
  const past = await payload.create({ collection: 'events', data: { title: 'Auftakt', slug: 'auftakt', startsAt: new Date(Date.now() - 30 * DAY).toISOString(), _status: 'published' } as never })
  const doc = await project('mit-bezug', { articles: [published.id, draft.id], events: [coming.id, past.id] })
  const related = await listProjectRelated(doc)
  expect(related.articles.map((a) => a.id)).toEqual([published.id])
  expect(related.comingEvents.map((e) => e.id)).toEqual([coming.id])
  expect(related.pastEvents.map((e) => e.id)).toEqual([past.id])
})
