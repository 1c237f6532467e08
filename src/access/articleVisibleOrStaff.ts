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
