/**
 * Every change that readers could see is announced on PostgreSQL's NOTIFY
 * channel when it commits, and heard by the front server's listener (the same
 * code every app instance runs); changes readers cannot see are not announced.
 */
import sharp from 'sharp'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { PUBLIC_CONTENT_CHANNEL, type PublicContentChange } from '@/cache/channel'
import { listenForPublicContentChanges } from '@/server/publicContentListener'

import { testPayload } from '../helpers/payload'

let payload: Payload
let heard: PublicContentChange[] = []
let listener: ReturnType<typeof listenForPublicContentChanges>
let sender: pg.Client

beforeAll(async () => {
  payload = await testPayload()
  const listening = new Promise<void>((resolve) => {
    listener = listenForPublicContentChanges(process.env.DATABASE_URL!, {
      onChange: (change) => {
        if (change) heard.push(change)
      },
      onListening: (yes) => yes && resolve(),
    })
  })
  await listening
  sender = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await sender.connect()
})

afterAll(async () => {
  await listener.stop()
  await sender.end()
})

/**
 * Runs the action and returns what was announced by it. The listener's
 * sync() (what the front server does after every write request) resolves
 * once every change committed before it has been handled.
 */
async function announcedBy(action: () => Promise<unknown>): Promise<string[]> {
  heard = []
  await action()
  await listener.sync()
  return heard.map((c) => `${c.reason} ${c.source}`)
}

it('hears changes another process makes, in commit order, before its own sync marker', async () => {
  heard = []
  await sender.query('select pg_notify($1, $2)', [PUBLIC_CONTENT_CHANNEL, JSON.stringify({ source: 'worker', reason: 'update' })])
  await listener.sync()
  expect(heard.map((c) => c.source)).toEqual(['worker'])
})

it('publishing, editing, unpublishing and deleting an article are announced; draft work is not', async () => {
  let id = 0
  expect(
    await announcedBy(async () => {
      id = (await payload.create({ collection: 'articles', draft: true, data: { title: 'Im Entwurf', _status: 'draft' } })).id
    }),
  ).toEqual([])
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, draft: true, data: { title: 'Noch im Entwurf' } }))).toEqual([])
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, data: { _status: 'published' } }))).toEqual(['update articles'])
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, data: { title: 'Korrigiert', _status: 'published' } }))).toEqual([
    'update articles',
  ])
  // The finding: an autosave of a published article's draft was announced (and emptied every cache).
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, draft: true, autosave: true, data: { title: 'Korrigiert und weiter' } }))).toEqual([])
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, draft: true, data: { title: 'Korrigiert, Entwurf gespeichert' } }))).toEqual([])
  expect(await announcedBy(() => payload.update({ collection: 'articles', id, data: { _status: 'draft' } }))).toEqual(['update articles'])
  // Unpublished, its deletion touches nothing readers see; a published one's does.
  expect(await announcedBy(() => payload.delete({ collection: 'articles', id }))).toEqual([])
  let publishedId = 0
  await announcedBy(async () => {
    publishedId = (await payload.create({ collection: 'articles', data: { title: 'Gleich wieder weg', slug: 'gleich-wieder-weg', _status: 'published' } })).id
  })
  expect(await announcedBy(() => payload.delete({ collection: 'articles', id: publishedId }))).toEqual(['delete articles'])
})

it('an edit touches the article and the pages showing it; publishing, moving or unpublishing it touches its lists too', async () => {
  const category = await payload.create({ collection: 'categories', data: { title: 'Reichweite', slug: 'reichweite' } })
  const other = await payload.create({ collection: 'categories', data: { title: 'Andere', slug: 'andere-reichweite' } })
  // Their own announcements are heard before the next step starts.
  await listener.sync()
  const publishedAt = '2026-03-10T09:00:00.000Z'
  let id = 0
  await announcedBy(async () => {
    id = (await payload.create({ collection: 'articles', data: { title: 'Reichweite', slug: 'reichweite-artikel', _status: 'published', publishedAt, categories: [category.id] } })).id
  })
  const published = heard[0]
  expect(published.tags).toEqual(expect.arrayContaining([`article:${id}`, 'search', 'articles:all', `articles:category:${category.id}`, 'articles:month:2026-03']))
  expect(published.points).toEqual([{ tag: `articles:category:${category.id}`, at: Date.parse(publishedAt) }])

  await announcedBy(() => payload.update({ collection: 'articles', id, data: { title: 'Reichweite, korrigiert' } }))
  expect(heard[0].tags?.sort()).toEqual([`article:${id}`, 'search'].sort())
  expect(heard[0].points).toBeUndefined()

  await announcedBy(() => payload.update({ collection: 'articles', id, data: { categories: [other.id] } }))
  // Leaving one category and entering another: both lists.
  expect(heard[0].tags).toEqual(expect.arrayContaining([`articles:category:${category.id}`, `articles:category:${other.id}`, 'articles:all']))
  // Readers may see the old copy of a page for the moment its new render takes, unless content was withdrawn.
  expect(published.withdrawn).toBeUndefined()
  expect(heard[0].withdrawn).toBeUndefined()

  await announcedBy(() => payload.update({ collection: 'articles', id, data: { _status: 'draft' } }))
  expect(heard[0].withdrawn).toBe(true)
  expect(heard[0].tags).toEqual(expect.arrayContaining([`article:${id}`, 'articles:all', `articles:category:${other.id}`]))
  await announcedBy(() => payload.update({ collection: 'articles', id, data: { _status: 'published' } }))
  await announcedBy(() => payload.delete({ collection: 'articles', id }))
  expect(heard[0].withdrawn).toBe(true)
})

it('categories, media, pages and both globals are announced; users are not', async () => {
  expect(await announcedBy(() => payload.create({ collection: 'categories', data: { title: 'Sport', slug: 'sport-test' } }))).toEqual(['create categories'])
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5a6b' } }).png().toBuffer()
  expect(
    await announcedBy(() =>
      payload.create({ collection: 'media', data: { alt: 'Test' }, file: { data: png, mimetype: 'image/png', name: 'cache.png', size: png.length } }),
    ),
  ).toEqual(['create media'])
  // The nested-docs plugin saves a new page once more, to put it into its own breadcrumbs.
  expect(await announcedBy(() => payload.create({ collection: 'pages', data: { title: 'Kontakt', slug: 'kontakt-test', _status: 'published' } }))).toEqual(
    expect.arrayContaining(['create pages']),
  )
  expect(await announcedBy(() => payload.updateGlobal({ slug: 'navigation', data: { header: [{ label: 'Aktuelles', href: '/aktuelles' }] } }))).toEqual([
    'update navigation',
  ])
  expect(await announcedBy(() => payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Verbund' } }))).toEqual(['update site-settings'])
  expect(
    await announcedBy(() =>
      payload.create({ collection: 'users', data: { name: 'X', email: `cache-${Date.now()}@test.example`, password: 'test-password-123', role: 'editor' } }),
    ),
  ).toEqual([])
})

it('events, projects and forms are announced; a registration only as its event; form submissions not', async () => {
  let event = { id: 0 }
  const createEvent = async () => {
    event = await payload.create({
      collection: 'events',
      data: { title: 'Fest', slug: 'fest-cache', startsAt: new Date(Date.now() + 86_400_000).toISOString(), _status: 'published', registration: { mode: 'internal', capacity: 5 } } as never,
    })
  }
  expect(await announcedBy(createEvent)).toEqual(['create events'])
  expect(await announcedBy(() => payload.update({ collection: 'events', id: event.id, data: { title: 'Sommerfest' } }))).toEqual(['update events'])
  expect(await announcedBy(() => payload.create({ collection: 'projects', data: { title: 'Projekt', slug: 'projekt-cache', _status: 'published' } as never }))).toEqual([
    'create projects',
  ])
  const text = (value: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 }] }] } })
  let form = { id: 0 }
  const createForm = async () => {
    form = await payload.create({ collection: 'forms', data: { title: 'Kontakt', slug: 'kontakt-cache', confirmationType: 'message', confirmationMessage: text('Danke') } as never })
  }
  expect(await announcedBy(createForm)).toEqual(['create forms'])
  expect(await announcedBy(() => payload.update({ collection: 'forms', id: form.id, data: { title: 'Kontaktformular' } }))).toEqual(['update forms'])
  // A registration changes the event's places left: its page is dropped, and nothing of the person travels.
  expect(
    await announcedBy(() => payload.create({ collection: 'event-registrations', data: { event: event.id, name: 'A', email: 'a@beispiel.de', status: 'waiting' } })),
  ).toEqual(['create event-registrations'])
  expect(heard[0].tags).toEqual([`event:${event.id}`])
  expect(JSON.stringify(heard[0])).not.toContain('beispiel.de')
  expect(await announcedBy(() => payload.create({ collection: 'form-submissions', data: { form: form.id, submissionData: [{ field: 'a', value: 'b' }] } }))).toEqual([])
})

it('a change that is rolled back announces nothing (the notification is sent on commit only)', async () => {
  const announced = await announcedBy(async () => {
    const req = { payload, transactionID: await payload.db.beginTransaction() } as never
    await payload.create({ collection: 'categories', data: { title: 'Verworfen', slug: 'verworfen' }, req })
    await payload.db.rollbackTransaction((req as { transactionID: string }).transactionID)
  })
  expect(announced).toEqual([])
  expect((await payload.find({ collection: 'categories', where: { title: { equals: 'Verworfen' } } })).totalDocs).toBe(0)
})
