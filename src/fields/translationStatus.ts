import type { CollectionBeforeChangeHook, Field } from 'payload'

import { richTextPlainText } from '@/lib/richText'

type Texts = { title?: string | null; body?: unknown; textChangedAt?: string | null }

/**
 * Keeps, per language, when the title or body last changed (the field below):
 * on every save (autosave included) in one language, that language's stored
 * texts are read without fallback and compared by their words, so a German
 * text shown in an empty Turkish form or a mere re-save changes nothing.
 * Whatever the client sent for the field is replaced: only this hook writes it.
 */
export const stampTextChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const locale = req.locale
  if (!locale || locale === 'all') return data
  const previous: Texts =
    operation === 'update' && originalDoc?.id
      ? ((await req.payload.findByID({
          collection: collection.slug as 'articles' | 'pages',
          id: originalDoc.id,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          select: { title: true, body: true, textChangedAt: true },
          overrideAccess: true,
          req,
        })) as Texts)
      : {}
  const title = 'title' in data ? data.title : previous.title
  const body = 'body' in data ? data.body : previous.body
  // Whatever a request sends (an object, a number) is compared as text, never trusted to be one.
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const changed = text(title) !== text(previous.title) || richTextPlainText(body) !== richTextPlainText(previous.body)
  return { ...data, textChangedAt: changed ? new Date().toISOString() : (previous.textChangedAt ?? null) }
}

/**
 * The translation status of articles and pages: the hidden time per language
 * and the list column („Übersetzungen“, src/components/admin/TranslationStatusCell.tsx).
 * Add `stampTextChange` to the collection's beforeChange hooks with them.
 */
export const translationStatusFields: Field[] = [
  { name: 'textChangedAt', type: 'date', localized: true, admin: { hidden: true } },
  {
    name: 'translations',
    label: 'Übersetzungen',
    type: 'ui',
    admin: { components: { Cell: '/components/admin/TranslationStatusCell#TranslationStatusCell' } },
  },
]
