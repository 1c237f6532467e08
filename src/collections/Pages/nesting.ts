import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'

import { pagePath } from '@/lib/paths'

/**
 * Pages nest (/ueber-uns/geschichte) with breadcrumbs. A page's slug already
 * is its whole path (hooks/parentPath.ts), so a breadcrumb's address is the
 * path of the page it names, and its label that page's title.
 */
export const pageNesting = nestedDocsPlugin({
  collections: ['pages'],
  generateLabel: (_docs, doc) => String(doc.title ?? ''),
  generateURL: (docs) => pagePath(String(docs.at(-1)?.slug ?? '')),
})
