import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'
import { type RateLimit, withinRateLimit } from '@/lib/rateLimit'

/** One mail per organisation and hour: a representative saving ten times is one proposal to review. Counted in PostgreSQL, so it holds across instances. */
export const PROPOSAL_NOTICES: RateLimit = { bucket: 'proposal-notice', limit: 1, windowMs: 60 * 60 * 1000 }

/** When a member representative saves a change, the admins hear of it and can review and publish it. */
export const notifyAdminsOfProposal: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!hasRole(req.user, 'member')) return doc
  if (!(await withinRateLimit(req.payload, PROPOSAL_NOTICES, [`organisation:${doc.id}`]))) return doc
  await notifyAdmins(req.payload, {
    subject: `Änderungsvorschlag für „${doc.name}“`,
    text: [
      `${req.user?.name ?? 'Eine Vereinsvertretung'} hat Änderungen am Eintrag „${doc.name}“ gespeichert.`,
      'Sie werden öffentlich, sobald eine Administratorin oder ein Administrator sie prüft und veröffentlicht:',
      absoluteUrl(`/admin/collections/member-organisations/${doc.id}`),
      'Weitere Änderungen derselben Stunde sind im Entwurf enthalten; dazu kommt keine eigene Nachricht.',
    ].join('\n\n'),
  })
  return doc
}
