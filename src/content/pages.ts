import type { Page } from '@/payload-types'

import { findBySlug } from './payload'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export async function getPageBySlug(slug: string): Promise<{ page: Page | null; preview: boolean }> {
  const { doc, preview } = await findBySlug('pages', slug, 1)
  return { page: doc, preview }
}
