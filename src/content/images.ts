import { keptEach } from '@/cache/contentVersion'
import { dependencyTags } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

import { payloadClient } from './payload'

/** Enough for every image a site of this size shows on cards, in each language; a few MB at most. */
const KEPT_IMAGES = 2000

const keyOf = (locale: Locale, id: number) => `${locale}:${id}`
const idOfKey = (key: string) => key.slice(key.indexOf(':') + 1)

/** Reads the images of `keys` (all of one language in one query) as readers may see them. */
async function loadImages(keys: string[]): Promise<Map<string, Media>> {
  const payload = await payloadClient()
  const byLocale = new Map<Locale, string[]>()
  for (const key of keys) {
    const locale = key.slice(0, key.indexOf(':')) as Locale
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), key])
  }
  const found = new Map<string, Media>()
  for (const [locale, localeKeys] of byLocale) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: localeKeys.map(idOfKey) } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      locale,
      fallbackLocale: 'de',
    })
    for (const doc of docs) found.set(keyOf(locale, doc.id), doc)
  }
  return found
}

/**
 * The images of cards, kept in memory while the front server listens
 * (src/cache/contentVersion.ts): the same few images appear on the home page,
 * the lists and every related box, and reading them (Payload populating the
 * field, a query of its own per list) was the dearest part of a card. Each is
 * dropped by a change of that image (its `media:` tag), whichever page made it.
 */
const keptImages = keptEach<Media>(loadImages, (change, key) => Boolean(change.tags?.includes(dependencyTags.media(idOfKey(key)))), KEPT_IMAGES)

/**
 * `docs` (read at depth 0) with `field` — an image's id — replaced by the
 * image as the reader may see it, or null (an internal or deleted file).
 */
export async function withImages<K extends string, T extends { [key in K]?: number | Media | null }>(docs: T[], field: K, locale: Locale): Promise<T[]> {
  const idOf = (doc: T): number | null => {
    const value: number | Media | null | undefined = doc[field]
    return typeof value === 'number' ? value : null
  }
  const ids = [...new Set(docs.map(idOf).filter((id) => id !== null))]
  if (ids.length === 0) return docs
  const images = await keptImages(ids.map((id) => keyOf(locale, id)))
  return docs.map((doc) => {
    const id = idOf(doc)
    return id === null ? doc : { ...doc, [field]: images.get(keyOf(locale, id)) ?? null }
  })
}
