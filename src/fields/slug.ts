import { randomBytes } from 'node:crypto'

import type { CollectionSlug, TextField } from 'payload'

import { isLocale, LOCALES } from '@/i18n/locales'
import { PATH_PATTERN, SLUG_PATTERN, slugify } from '@/lib/slugify'

type SlugOptions = {
  /** Field the slug is generated from (in the default locale). */
  from?: string
  /** Prefix of the safe id used when the title gives no Latin letters (e.g. an Arabic title). */
  fallbackPrefix: string
  /** Pages may nest: "ueber-uns/vorstand". */
  allowPath?: boolean
}

/**
 * A unique, editable URL slug. Left empty, it is generated from the German
 * title with German transliteration (ä→ae, ß→ss …); a title in another script
 * falls back to a safe random id.
 */
export function slugField({ from = 'title', fallbackPrefix, allowPath = false }: SlugOptions): TextField {
  const pattern = allowPath ? PATH_PATTERN : SLUG_PATTERN
  const isPlaceholder = (slug: string) => new RegExp(`^${fallbackPrefix}-[0-9a-f]{8}$`).test(slug)
  return {
    name: 'slug',
    label: 'URL-Kürzel (Slug)',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: allowPath
        ? 'Teil der Adresse, z. B. „ueber-uns/vorstand“. Leer lassen: wird aus dem Titel erzeugt.'
        : 'Teil der Adresse, z. B. „sommerfest-2026“. Leer lassen: wird aus dem Titel erzeugt.',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          const source = data?.[from] ?? originalDoc?.[from]
          const generated = typeof source === 'string' ? slugify(source) : ''
          const current = typeof value === 'string' && value.trim() ? value : originalDoc?.slug
          // A placeholder (made while the title was still empty, e.g. by autosave) gives way to the title.
          if (current && !(isPlaceholder(current) && generated)) {
            return allowPath ? String(current).split('/').map(slugify).filter(Boolean).join('/') : slugify(String(current))
          }
          return generated || `${fallbackPrefix}-${randomBytes(4).toString('hex')}`
        },
      ],
    },
    validate: async (value: string | null | undefined, { req, id, collectionSlug }) => {
      if (!value) return 'Bitte ein URL-Kürzel angeben.'
      if (!pattern.test(value)) return 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche sind erlaubt.'
      // "/tr/…" is the Turkish site: a page's address must not begin with a language code (src/i18n/locales.ts).
      if (allowPath && isLocale(value.split('/')[0])) {
        return `Die Adresse darf nicht mit einem Sprachkürzel beginnen (${LOCALES.join(', ')}): Diese Adressen gehören den Übersetzungen.`
      }
      // Checked here for a clear message; the unique index still guards against races.
      if (collectionSlug) {
        const taken = await req.payload.count({
          collection: collectionSlug as CollectionSlug,
          where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
          req,
          overrideAccess: true,
        })
        if (taken.totalDocs > 0) return `Das URL-Kürzel „${value}“ ist schon vergeben. Bitte ein anderes wählen.`
      }
      return true
    },
  }
}
