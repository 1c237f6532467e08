import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** An article is public when it is published and its publish date has come. */
export const articleVisibleOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const publicOnly: Where[] = [
    { _status: { equals: 'published' } },
    { publishedAt: { less_than_equal: new Date().toISOString() } },
  ]
  return { and: publicOnly }
}

/** The same rule for an article already loaded with access off (the migo mail): published, and its date has come. */
export const isPublicArticle = (article: { _status?: string | null; publishedAt?: string | null }, now = new Date()): boolean =>
  article._status === 'published' && Boolean(article.publishedAt) && new Date(article.publishedAt!) <= now
