import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins may act on every user; anyone logged in only on their own account. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
