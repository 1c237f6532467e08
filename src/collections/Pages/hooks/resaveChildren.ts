import type { CollectionAfterChangeHook, TypedLocale } from 'payload'

import { DEFAULT_LOCALE } from '@/i18n/locales'

/**
 * When a published page is saved, its children are saved again so that their
 * paths (hooks/parentPath.ts) and breadcrumbs follow it. Each child is saved
 * with no data of its own, so its stored fields stay exactly as they are and
 * only the hooks recompute path and breadcrumbs: in German (every page has
 * its German text), and in the parent's language where the child has a text
 * of its own in it (an untranslated child shows the German breadcrumbs there).
 *
 * Why not the nested-docs plugin's own re-save: it writes back each child as
 * read in the editor's language, German fallbacks and their array rows
 * included, so translating a parent into Turkish failed on a child's
 * attachments (or would have stored German text as the Turkish one).
 */
export const resaveChildren: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const slug = collection.slug as 'pages'
  const locale = req.locale && req.locale !== 'all' ? (req.locale as TypedLocale) : DEFAULT_LOCALE
  const { docs: children } = await req.payload.find({
    collection: slug,
    where: { parent: { equals: doc.id } },
    depth: 0,
    limit: 0,
    draft: true,
    locale,
    fallbackLocale: false,
    select: { _status: true, title: true },
    req,
  })
  for (const child of children) {
    const locales = locale !== DEFAULT_LOCALE && child.title ? [DEFAULT_LOCALE, locale] : [DEFAULT_LOCALE]
    for (const childLocale of locales) {
      await req.payload.update({ collection: slug, id: child.id, data: {}, draft: child._status !== 'published', depth: 0, locale: childLocale, req })
    }
  }
  return doc
}
