/**
 * Which translations exist and which are older than the German text, as the
 * admin's article and page lists show them: the time per language kept by
 * the save hook, read back through the Local API in every language at once.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/jobs/newsletter/deliveries'
import { translationStates, type AllLocales } from '@/lib/translations'

import { testPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] },
    ],
  },
})
const emptyBody = () => ({ root: { ...body('').root, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [] }] } })

/** Each save must be later than the one before (times are kept to the millisecond). */
const tick = () => new Promise((resolve) => setTimeout(resolve, 15))

type Collection = 'articles' | 'pages'
const inAllLanguages = async (collection: Collection, id: number) =>
  (await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })) as unknown as AllLocales & {
    textChangedAt?: Record<string, string | null>
  }
const states = async (collection: Collection, id: number) =>
  Object.fromEntries(translationStates(await inAllLanguages(collection, id)).map(({ locale, state }) => [locale, state]))

describe('the time per language', () => {
  it('is set for German on creation, for a language when its title or body changes, and not for other fields or re-saves', async () => {
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Sprachcafé im Stadtteilzentrum', body: body('Jeden Dienstag treffen sich Nachbarinnen zum Sprechen.'), _status: 'draft' },
    })
    const created = await inAllLanguages('articles', article.id)
    expect(created.textChangedAt?.de).toBeTruthy()
    expect(created.textChangedAt?.tr ?? null).toBeNull()
    expect(await states('articles', article.id)).toEqual({ tr: 'missing', ar: 'missing', en: 'missing', ru: 'missing' })

    await tick()
    await payload.update({ collection: 'articles', id: article.id, locale: 'tr', draft: true, data: { title: 'Mahalle merkezinde dil kafesi', body: body('Her salı komşular konuşmak için buluşuyor.') } })
    // A title without a body is not a translation yet.
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { title: 'Language café', body: emptyBody() } })
    const translated = await inAllLanguages('articles', article.id)
    expect(new Date(translated.textChangedAt!.tr!).getTime()).toBeGreaterThan(new Date(translated.textChangedAt!.de!).getTime())
    expect(translated.textChangedAt?.de).toBe(created.textChangedAt?.de)
    expect(await states('articles', article.id)).toEqual({ tr: 'current', ar: 'missing', en: 'missing', ru: 'missing' })

    // The German teaser is not the text a translation follows; a re-save with a stale time from the client changes nothing.
    await tick()
    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { teaser: 'Neu: ein Teaser', textChangedAt: '2000-01-01T00:00:00.000Z' } })
    await payload.update({ collection: 'articles', id: article.id, locale: 'tr', draft: true, data: { title: 'Mahalle merkezinde dil kafesi', textChangedAt: '2000-01-01T00:00:00.000Z' } })
    const untouched = await inAllLanguages('articles', article.id)
    expect(untouched.textChangedAt).toMatchObject({ de: created.textChangedAt?.de, tr: translated.textChangedAt?.tr })
    expect(await states('articles', article.id)).toMatchObject({ tr: 'current' })
  })
})

describe('older than the German text', () => {
  it('a translation becomes older when the German body changes in an autosave, and current again when it is revised', async () => {
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Beratung für Familien', body: body('Die Beratung findet montags statt.'), _status: 'draft' },
    })
    await tick()
    await payload.update({ collection: 'articles', id: article.id, locale: 'ru', draft: true, data: { title: 'Консультации для семей', body: body('Консультации проходят по понедельникам.') } })
    await payload.update({ collection: 'articles', id: article.id, locale: 'ar', draft: true, data: { title: 'استشارات للعائلات', body: body('تقام الاستشارات أيام الاثنين.') } })
    expect(await states('articles', article.id)).toMatchObject({ ru: 'current', ar: 'current' })

    // The German text changes as the admin's autosave writes it: a draft, while the editor types.
    await tick()
    const autosaved = await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      autosave: true,
      data: { title: 'Beratung für Familien', body: body('Die Beratung findet ab März dienstags statt.') },
    })
    expect(autosaved._status).toBe('draft')
    expect(autosaved.body?.root.children).toHaveLength(1)
    expect(await states('articles', article.id)).toEqual({ tr: 'missing', ar: 'outdated', en: 'missing', ru: 'outdated' })

    await tick()
    await payload.update({ collection: 'articles', id: article.id, locale: 'ru', draft: true, data: { body: body('Консультации проходят с марта по вторникам.') } })
    expect(await states('articles', article.id)).toEqual({ tr: 'missing', ar: 'outdated', en: 'missing', ru: 'current' })

    // Publishing keeps what the drafts recorded.
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await states('articles', article.id)).toEqual({ tr: 'missing', ar: 'outdated', en: 'missing', ru: 'current' })
  })

  it('a translation written before times were kept counts as older once the German text changes; pages follow the same rule', async () => {
    const page = await payload.create({ collection: 'pages', data: { title: 'Über uns', slug: `ueber-uns-${Date.now()}`, body: body('Wir sind ein Verbund.'), _status: 'published' } })
    await payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { title: 'About us', body: body('We are an association.') } })
    expect(await states('pages', page.id)).toMatchObject({ en: 'current' })

    // As if both texts had been saved before this feature: no times at all. Nothing is known to be older.
    const pool = poolOf(payload)
    await pool.query(`UPDATE pages_locales SET text_changed_at = NULL WHERE _parent_id = $1`, [page.id])
    await pool.query(`UPDATE _pages_v_locales SET version_text_changed_at = NULL WHERE _parent_id IN (SELECT id FROM _pages_v WHERE parent_id = $1)`, [page.id])
    expect(Object.values((await inAllLanguages('pages', page.id)).textChangedAt ?? {}).filter(Boolean)).toEqual([])
    expect(await states('pages', page.id)).toMatchObject({ en: 'current' })

    await tick()
    await payload.update({ collection: 'pages', id: page.id, data: { body: body('Wir sind ein Verbund von über 70 Vereinen.') } })
    expect(await states('pages', page.id)).toMatchObject({ en: 'outdated', tr: 'missing' })
  })
})

describe('translationStates', () => {
  it('reads only the given language: a German body does not make a Turkish title a translation', () => {
    const de = '2026-11-01T10:00:00.000Z'
    expect(
      translationStates({ title: { de: 'Titel', tr: 'Başlık', en: '  ' }, body: { de: body('Text'), en: body('Text') }, textChangedAt: { de } }),
    ).toEqual([
      { locale: 'tr', label: 'Türkisch', state: 'missing' },
      { locale: 'ar', label: 'Arabisch', state: 'missing' },
      { locale: 'en', label: 'Englisch', state: 'missing' },
      { locale: 'ru', label: 'Russisch', state: 'missing' },
    ])
  })
})
