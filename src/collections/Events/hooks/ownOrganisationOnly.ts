import type { CollectionBeforeChangeHook } from 'payload'

import { ownOrganisationId } from '@/access/roles'
import { publicError } from '@/lib/publicError'

/** A member representative proposes events of their own organisation only: the organiser is always theirs. */
export const ownOrganisationOnly: CollectionBeforeChangeHook = ({ data, req }) => {
  const own = ownOrganisationId(req.user)
  if (own === null) return data
  const organiser = data.organiser && typeof data.organiser === 'object' ? data.organiser.id : data.organiser
  if (organiser != null && Number(organiser) !== own) {
    throw publicError('Sie können nur Termine Ihres eigenen Vereins vorschlagen.', 403)
  }
  return { ...data, organiser: own }
}
