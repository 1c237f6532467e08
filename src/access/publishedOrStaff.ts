import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff see drafts; everyone else only the published version. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
