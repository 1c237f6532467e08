import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { Page } from '@/payload-types'

import { recordRichTextImages } from './dependencies'

import { findBySlug } from './payload'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export const getPageBySlug = cache(async (slug: string): Promise<{ page: Page | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('pages', slug, 1)
  if (doc) {
    recordDependency(dependencyTags.page(doc.id))
    recordRichTextImages(doc.body)
  }
  return { page: doc, preview }
})
