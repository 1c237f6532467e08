import type { Article } from '@/payload-types'

import { findBySlug } from './payload'

/** One article by slug: published and due for readers, the latest draft for staff in preview. */
export async function getArticleBySlug(slug: string): Promise<{ article: Article | null; preview: boolean }> {
  const { doc, preview } = await findBySlug('articles', slug, 2)
  return { article: doc, preview }
}
