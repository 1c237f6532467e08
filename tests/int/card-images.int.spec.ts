/**
 * The images on article cards (home, lists, archive, related box, feeds):
 * each card shows its article's image with the alt text in the reader's
 * language, never an internal file. The same few images appear on many
 * pages, so while a front server listens they are kept in memory
 * (src/content/images.ts): read once, and dropped by a change of that image.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { bumpPublicContentVersion, forgetPublicContentVersion } from '@/cache/contentVersion'
import { dependencyTags } from '@/cache/dependencies'
import { listLatestArticles } from '@/content/articles'
import type { Media } from '@/payload-types'

import { testPayload } from '../helpers/payload'

let payload: Payload
let stage: Media
let internal: Media

afterEach(() => forgetPublicContentVersion())

beforeAll(async () => {
  payload = await testPayload()
  const png = fs.readFileSync(path.join(process.cwd(), 'public/og-default.png'))
  const image = (name: string, data: Record<string, unknown>) =>
    payload.create({ collection: 'media', data: data as never, file: { data: png, mimetype: 'image/png', name, size: png.length } })
  stage = await image('buehne.png', { alt: 'Bühne im Grugapark' })
  await payload.update({ collection: 'media', id: stage.id, locale: 'en', data: { alt: 'Stage in Grugapark' } })
  internal = await image('entwurf.png', { alt: 'Entwurf', public: false })
  const article = (title: string, day: number, heroImage: number) =>
    payload.create({
      collection: 'articles',
      data: { title, slug: `karte-${day}`, publishedAt: `2026-06-0${day}T10:00:00.000Z`, heroImage, _status: 'published' },
    })
  await article('Fest mit Bühne', 1, stage.id)
  await article('Noch ein Fest mit Bühne', 2, stage.id)
  await article('Mit internem Bild', 3, internal.id)
})

/** Each card's title with the alt text of its image (null: no image). */
const imagesOf = async (locale: 'de' | 'en') =>
  Object.fromEntries(
    (await listLatestArticles(3, locale)).map((card) => [card.title, typeof card.heroImage === 'object' && card.heroImage ? card.heroImage.alt : null]),
  )

it("cards show their image with its alt text in the reader's language, and no internal file", async () => {
  expect(await imagesOf('de')).toEqual({ 'Fest mit Bühne': 'Bühne im Grugapark', 'Noch ein Fest mit Bühne': 'Bühne im Grugapark', 'Mit internem Bild': null })
  expect((await imagesOf('en'))['Fest mit Bühne']).toBe('Stage in Grugapark')
  const shown = (await listLatestArticles(3, 'de')).find((c) => c.title === 'Fest mit Bühne')!.heroImage as Media
  expect(shown.url).toMatch(/buehne/)
  expect(shown.sizes?.card?.url).toMatch(/buehne/)
})

it('keeps a card image while the front server listens, until a change of that image', async () => {
  bumpPublicContentVersion()
  expect((await imagesOf('de'))['Fest mit Bühne']).toBe('Bühne im Grugapark')
  await payload.update({ collection: 'media', id: stage.id, data: { alt: 'Große Bühne im Grugapark' } })
  // Not yet announced: the kept image stands (and is not read again).
  expect((await imagesOf('de'))['Fest mit Bühne']).toBe('Bühne im Grugapark')
  bumpPublicContentVersion({ tags: [dependencyTags.media(internal.id), dependencyTags.article(1)] })
  expect((await imagesOf('de'))['Fest mit Bühne']).toBe('Bühne im Grugapark')
  bumpPublicContentVersion({ tags: [dependencyTags.media(stage.id)] })
  expect(await imagesOf('de')).toMatchObject({ 'Fest mit Bühne': 'Große Bühne im Grugapark', 'Noch ein Fest mit Bühne': 'Große Bühne im Grugapark' })
  expect((await imagesOf('en'))['Fest mit Bühne']).toBe('Stage in Grugapark')
})

it('an image made internal leaves the cards with its change', async () => {
  bumpPublicContentVersion()
  expect((await imagesOf('de'))['Fest mit Bühne']).not.toBeNull()
  await payload.update({ collection: 'media', id: stage.id, data: { public: false } })
  bumpPublicContentVersion({ tags: [dependencyTags.media(stage.id)] })
  expect(await imagesOf('de')).toEqual({ 'Fest mit Bühne': null, 'Noch ein Fest mit Bühne': null, 'Mit internem Bild': null })
})
