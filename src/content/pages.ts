import { cache } from 'react'

import type { Page } from '@/payload-types'

import { findBySlug } from './payload'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export const getPageBySlug = cache(async (slug: string): Promise<{ page: Page | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('pages', slug, 1)
  return { page: doc, preview }
})
