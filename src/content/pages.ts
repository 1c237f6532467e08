import { cache } from 'react'

import type { Page } from '@/payload-types'

import { findBySlug, payloadClient } from './payload'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export const getPageBySlug = cache(async (slug: string): Promise<{ page: Page | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('pages', slug, 1)
  return { page: doc, preview }
})

/** Every published page's path and last change, for the sitemap. */
export async function listPageSitemapEntries(): Promise<{ slug: string; updatedAt: string }[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
}
