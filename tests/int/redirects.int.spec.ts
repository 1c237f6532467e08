/**
 * A changed slug of a published article or page leaves a redirect from the old
 * address to the new one (answered with a 301 by the front server).
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } } })).docs.map((r) => r.to)

const publish = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'articles', id, data: { ...data, _status: 'published' } })

it('a published article whose slug changes leaves a redirect, and chains collapse', async () => {
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Erste Fassung', slug: 'erste-fassung', _status: 'published' },
  })
  expect(await redirectsFrom('/aktuelles/nachrichten/erste-fassung')).toEqual([])

  await publish(article.id, { slug: 'zweite-fassung' })
  expect(await redirectsFrom('/aktuelles/nachrichten/erste-fassung')).toEqual(['/aktuelles/nachrichten/zweite-fassung'])

  await publish(article.id, { slug: 'dritte-fassung' })
  // Both old addresses lead straight to the newest one: no chain of hops.
  expect(await redirectsFrom('/aktuelles/nachrichten/erste-fassung')).toEqual(['/aktuelles/nachrichten/dritte-fassung'])
  expect(await redirectsFrom('/aktuelles/nachrichten/zweite-fassung')).toEqual(['/aktuelles/nachrichten/dritte-fassung'])

  // Going back to an old slug: the live article owns that address again.
  await publish(article.id, { slug: 'erste-fassung' })
  expect(await redirectsFrom('/aktuelles/nachrichten/erste-fassung')).toEqual([])
  expect(await redirectsFrom('/aktuelles/nachrichten/dritte-fassung')).toEqual(['/aktuelles/nachrichten/erste-fassung'])
})

it('a slug changed in a draft counts from the last published slug, when the draft is published', async () => {
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Sommerfest', slug: 'sommerfest-alt', _status: 'published' },
  })
  // Autosaved drafts change the slug twice; the public address stays the old one meanwhile.
  await payload.update({ collection: 'articles', id: article.id, draft: true, data: { slug: 'sommerfest-zwischen' } })
  await payload.update({ collection: 'articles', id: article.id, draft: true, data: { slug: 'sommerfest-neu' } })
  expect(await redirectsFrom('/aktuelles/nachrichten/sommerfest-alt')).toEqual([])

  await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
  expect(await redirectsFrom('/aktuelles/nachrichten/sommerfest-alt')).toEqual(['/aktuelles/nachrichten/sommerfest-neu'])
  expect(await redirectsFrom('/aktuelles/nachrichten/sommerfest-zwischen')).toEqual([])
})

it('a never-published draft leaves no redirect, and free pages get theirs under their own path', async () => {
  const draft = await payload.create({ collection: 'articles', draft: true, data: { title: 'Entwurf', slug: 'entwurf-a', _status: 'draft' } })
  await payload.update({ collection: 'articles', id: draft.id, draft: true, data: { slug: 'entwurf-b' } })
  expect(await redirectsFrom('/aktuelles/nachrichten/entwurf-a')).toEqual([])

  const page = await payload.create({ collection: 'pages', data: { title: 'Vorstand', slug: 'ueber-uns/vorstand', _status: 'published' } })
  await payload.update({ collection: 'pages', id: page.id, data: { slug: 'ueber-uns/gremien', _status: 'published' } })
  expect(await redirectsFrom('/ueber-uns/vorstand')).toEqual(['/ueber-uns/gremien'])
})

it('anonymous readers cannot list or write redirects; editors can', async () => {
  await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
  await expect(
    payload.create({ collection: 'redirects', overrideAccess: false, data: { from: '/alt', to: '/neu' } }),
  ).rejects.toThrow()
  const editor = await createUser(payload, 'editor')
  const created = await payload.create({ collection: 'redirects', overrideAccess: false, user: editor, data: { from: '/alt', to: '/neu' } })
  expect((await payload.find({ collection: 'redirects', overrideAccess: false, user: editor, where: { id: { equals: created.id } } })).totalDocs).toBe(1)
})

it('refuses addresses that would lead off the site, with a German message', async () => {
  for (const data of [
    { from: 'https://evil.example', to: '/neu' },
    { from: '/alt-2', to: '//evil.example' },
    { from: '/alt-3', to: '//evil' },
    { from: '/alt-4', to: 'https://evil.example' },
  ]) {
    const error = await payload.create({ collection: 'redirects', data }).then(
      () => null,
      (e: { data?: { errors?: { message: string }[] } }) => e,
    )
    expect(error?.data?.errors?.[0]?.message).toMatch(/Pfad der Website/)
  }
  expect((await payload.find({ collection: 'redirects', where: { from: { like: 'alt-' } } })).totalDocs).toBe(0)
})

it('accepts patterns and old addresses with dots, and refuses broken patterns in German', async () => {
  const editor = await createUser(payload, 'editor')
  const asEditor = { overrideAccess: false, user: editor }
  await payload.create({ collection: 'redirects', data: { from: '/ueber-uns/geschichte.html', to: '/ueber-uns/geschichte' }, ...asEditor })
  await payload.create({ collection: 'redirects', data: { from: '/start/verbund-news/article/:slug/:id.html', to: '/aktuelles/nachrichten/:slug' }, ...asEditor })
  await expect(
    payload.create({ collection: 'redirects', data: { from: '/servicecenter/:slug', to: '/aktuelles/:id' }, ...asEditor }),
  ).rejects.toThrow(/Alte Adresse/)
})
