import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'
import { publicError } from '@/lib/publicError'

/**
 * A member representative's changes go live only after an admin approves
 * them, whatever their request says. Every save of theirs is a draft: the
 * draft flag is set here, so `"_status": "draft"` without `?draft=true`
 * cannot replace or unpublish the live listing (Payload would write the
 * document itself), and a save without any status is a draft too. Asking to
 * publish is refused with a German explanation; so is restoring an old
 * version other than as a draft (Payload reads that flag before any hook).
 * Used by every collection members may propose to (their organisation, its events).
 */
export const membersSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!hasRole(req.user, 'member')) return args
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    throw publicError('Eine ältere Fassung können Sie nur als Entwurf wiederherstellen; veröffentlicht wird sie nach Prüfung durch die Geschäftsstelle.', 403)
  }
  // Creating (their own events) and changing are both proposals.
  if (operation !== 'update' && operation !== 'create') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  if (data._status === 'published') {
    throw publicError(
      'Änderungen werden erst nach Prüfung durch die Geschäftsstelle veröffentlicht. Bitte speichern Sie sie als Entwurf.',
      403,
    )
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
