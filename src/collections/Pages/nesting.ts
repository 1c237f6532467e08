import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { Plugin } from 'payload'

import { pagePath } from '@/lib/paths'

import { resaveChildren } from './hooks/resaveChildren'

/**
 * Pages nest (/ueber-uns/geschichte) with breadcrumbs. A page's slug already
 * is its whole path (hooks/parentPath.ts), so a breadcrumb's address is the
 * path of the page it names, and its label that page's title.
 */
const plugin = nestedDocsPlugin({
  collections: ['pages'],
  generateLabel: (_docs, doc) => String(doc.title ?? ''),
  generateURL: (docs) => pagePath(String(docs.at(-1)?.slug ?? '')),
})

/**
 * The plugin, with its re-save of children replaced by ours (hooks/resaveChildren.ts).
 * The plugin puts that hook first among the collection's afterChange hooks,
 * followed by its re-save after create; a plugin update that changes this stops
 * the start here rather than leaving children unsaved or saved twice.
 */
export const pageNesting: Plugin = async (config) => {
  const before = config.collections?.find((c) => c.slug === 'pages')?.hooks?.afterChange?.length ?? 0
  const nested = await plugin(config)
  return {
    ...nested,
    collections: nested.collections?.map((collection) => {
      if (collection.slug !== 'pages') return collection
      const afterChange = collection.hooks?.afterChange ?? []
      if (afterChange.length !== before + 2) {
        throw new Error('@payloadcms/plugin-nested-docs changed its hooks: check src/collections/Pages/nesting.ts')
      }
      return { ...collection, hooks: { ...collection.hooks, afterChange: [resaveChildren, ...afterChange.slice(1)] } }
    }),
  }
}
