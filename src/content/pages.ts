import type { Page } from '@/payload-types'

import { readerContext } from './payload'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export async function getPageBySlug(slug: string): Promise<{ page: Page | null; preview: boolean }> {
  const { payload, draft, user } = await readerContext()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft,
    user,
    overrideAccess: false,
  })
  return { page: docs[0] ?? null, preview: draft }
}
