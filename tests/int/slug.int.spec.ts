/** Slugs: German transliteration, a safe fallback for other scripts, uniqueness with a clear message. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'

import { testPayload } from '../helpers/payload'

describe('slugify', () => {
  it('transliterates German letters', () => {
    expect(slugify('Größte Übung für Äpfel & Öl – straße')).toBe('groesste-uebung-fuer-aepfel-oel-strasse')
  })
  it('drops other accents and keeps digits', () => {
    expect(slugify('Café Şükran in Essen 2026!')).toBe('cafe-suekran-in-essen-2026')
  })
  it('gives nothing for titles without Latin letters', () => {
    expect(slugify('مرحبا بكم')).toBe('')
  })
})

describe('article slugs', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('are generated from the German title', async () => {
    const doc = await payload.create({ collection: 'articles', draft: true, data: { title: 'Begrüßung im Rathaus' } })
    expect(doc.slug).toBe('begruessung-im-rathaus')
  })

  it('fall back to a safe id for an Arabic title, and follow a later German title', async () => {
    const doc = await payload.create({ collection: 'articles', draft: true, data: { title: 'مرحبا بكم' } })
    expect(doc.slug).toMatch(/^beitrag-[0-9a-f]{8}$/)
    const renamed = await payload.update({ collection: 'articles', id: doc.id, data: { title: 'Willkommen' } })
    expect(renamed.slug).toBe('willkommen')
  })

  it('stay as an editor set them', async () => {
    const doc = await payload.create({ collection: 'articles', draft: true, data: { title: 'Ein Titel', slug: 'Eigener Slug' } })
    expect(doc.slug).toBe('eigener-slug')
    const updated = await payload.update({ collection: 'articles', id: doc.id, data: { title: 'Neuer Titel' } })
    expect(updated.slug).toBe('eigener-slug')
  })

  it('must be unique, with a German message', async () => {
    await payload.create({ collection: 'articles', data: { title: 'Einmalig', slug: 'einmalig' } })
    await expect(payload.create({ collection: 'articles', data: { title: 'Zweimal', slug: 'einmalig' } })).rejects.toThrow(
      /URL-Kürzel/,
    )
  })
})

describe('page addresses', () => {
  it('may not begin with a language code, which leads to the translations', async () => {
    const payload = await testPayload()
    for (const slug of ['tr', 'ar/info', 'de', 'en/ueber-uns', 'ru']) {
      const error = await payload.create({ collection: 'pages', data: { title: 'Sprachseite', slug } }).then(
        () => null,
        (caught: { data?: { errors?: { path: string; message: string }[] } }) => caught,
      )
      expect(error?.data?.errors, slug).toEqual([expect.objectContaining({ path: 'slug', message: expect.stringMatching(/Sprachkürzel/) })])
    }
    const allowed = await payload.create({ collection: 'pages', data: { title: 'Trommeln', slug: 'trommeln/en' } })
    expect(allowed.slug).toBe('trommeln/en')
  })
})
