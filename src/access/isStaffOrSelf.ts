import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff see every account (who changed what); a member representative only their own. */
export const isStaffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
