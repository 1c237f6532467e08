import type { Article } from '@/payload-types'

import { readerContext } from './payload'

/** One article by slug: published and due for readers, the latest draft for staff in preview. */
export async function getArticleBySlug(slug: string): Promise<{ article: Article | null; preview: boolean }> {
  const { payload, draft, user } = await readerContext()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    draft,
    user,
    overrideAccess: false,
  })
  return { article: docs[0] ?? null, preview: draft }
}
