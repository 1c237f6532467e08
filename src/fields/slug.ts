import { randomBytes } from 'node:crypto'

import type { TextField } from 'payload'

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
          if (typeof value === 'string' && value.trim()) {
            return allowPath ? value.split('/').map(slugify).filter(Boolean).join('/') : slugify(value)
          }
          if (originalDoc?.slug) return originalDoc.slug
          const source = data?.[from] ?? originalDoc?.[from]
          const generated = typeof source === 'string' ? slugify(source) : ''
          return generated || `${fallbackPrefix}-${randomBytes(4).toString('hex')}`
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'Bitte ein URL-Kürzel angeben.'
      if (!pattern.test(value)) return 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche sind erlaubt.'
      return true
    },
  }
}
