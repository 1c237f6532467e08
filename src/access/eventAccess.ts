import type { Access, Where } from 'payload'

import { hasRole, ownOrganisationId } from './roles'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * The public sees published events; staff see all; a member representative
 * also the events of their own organisation, their drafts (proposals) included.
 */
export const readEvent: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  return own ? { or: [PUBLISHED, { organiser: { equals: own } }] } : PUBLISHED
}

/** Versions (drafts, history): staff, and a member for the events of their own organisation. */
export const readEventVersions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  return own ? { 'version.organiser': { equals: own } } : false
}

/** Staff create events; a member representative proposes events of their organisation (hooks/memberEventProposals.ts). */
export const createEvent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor') || ownOrganisationId(user) !== null

/** Staff change every event; a member only their organisation's (and only as a draft). */
export const updateEvent: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  return own ? { organiser: { equals: own } } : false
}

/** Staff delete events; a member may withdraw a proposal of their organisation that was never published. */
export const deleteEvent: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = ownOrganisationId(user)
  const where: Where = { and: [{ organiser: { equals: own } }, { _status: { equals: 'draft' } }] }
  return own ? where : false
}
