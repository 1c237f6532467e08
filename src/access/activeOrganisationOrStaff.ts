import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** The public sees a member organisation only when it is active and published. */
export const activeOrganisationOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const publicOnly: Where[] = [{ _status: { equals: 'published' } }, { status: { equals: 'active' } }]
  return { and: publicOnly }
}
