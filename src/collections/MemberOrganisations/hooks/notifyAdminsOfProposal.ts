import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'

/** When a member representative saves a change, the admins hear of it and can review and publish it. */
export const notifyAdminsOfProposal: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!hasRole(req.user, 'member')) return doc
  await notifyAdmins(req.payload, {
    subject: `Änderungsvorschlag für „${doc.name}“`,
    text: [
      `${req.user?.name ?? 'Eine Vereinsvertretung'} hat Änderungen am Eintrag „${doc.name}“ gespeichert.`,
      'Sie werden öffentlich, sobald eine Administratorin oder ein Administrator sie prüft und veröffentlicht:',
      absoluteUrl(`/admin/collections/member-organisations/${doc.id}`),
    ].join('\n\n'),
  })
  return doc
}
