import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { publicError } from '@/lib/publicError'

/**
 * A member representative's changes go live only after an admin approves them:
 * they may save drafts of their organisation, never publish.
 */
export const membersSaveDrafts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!hasRole(req.user, 'member')) return data
  const status = data._status ?? originalDoc?._status
  if (status !== 'draft') {
    throw publicError(
      'Änderungen werden erst nach Prüfung durch die Geschäftsstelle veröffentlicht. Bitte speichern Sie sie als Entwurf.',
      403,
    )
  }
  return data
}
