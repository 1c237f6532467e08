import type { Access, Where } from 'payload'

import { hasRole, ownOrganisationId } from './roles'

const PUBLIC: Where = { and: [{ _status: { equals: 'published' } }, { status: { equals: 'active' } }] }

/**
 * The public sees an organisation only when it is active and published; staff
 * see all; a member representative also their own organisation, drafts included.
 */
export const readOrganisation: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  return own ? { or: [PUBLIC, { id: { equals: own } }] } : PUBLIC
}

/** Versions (drafts, history): staff, and a member for their own organisation. */
export const readOrganisationVersions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  return own ? { parent: { equals: own } } : false
}

/** Admins edit every organisation; a member only their own (and only as a draft, see hooks/membersSaveDrafts.ts). */
export const updateOrganisation: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = ownOrganisationId(user)
  return own ? { id: { equals: own } } : false
}
