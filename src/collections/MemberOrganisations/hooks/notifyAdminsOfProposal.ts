import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'
import { type RateLimit, withinRateLimit } from '@/lib/rateLimit'

/** One mail per document and hour: a representative saving ten times is one proposal to review. Counted in PostgreSQL, so it holds across instances. */
export const PROPOSAL_NOTICES: RateLimit = { bucket: 'proposal-notice', limit: 1, windowMs: 60 * 60 * 1000 }

type Proposal = {
  /** "Änderungsvorschlag für" / "Terminvorschlag:". */
  subject: string
  /** The document's name as staff know it. */
  titleOf: (doc: Record<string, unknown>) => string
}

/**
 * When a member representative saves a change, the admins hear of it and can
 * review and publish it: at most one mail per document and hour.
 */
export function notifyAdminsOfProposal({ subject, titleOf }: Proposal): CollectionAfterChangeHook {
  return async ({ collection, doc, req }) => {
    if (!hasRole(req.user, 'member')) return doc
    if (!(await withinRateLimit(req.payload, PROPOSAL_NOTICES, [`${collection.slug}:${doc.id}`]))) return doc
    const title = titleOf(doc)
    await notifyAdmins(req.payload, {
      subject: `${subject} „${title}“`,
      text: [
        `${req.user?.name ?? 'Eine Vereinsvertretung'} hat „${title}“ gespeichert.`,
        'Öffentlich wird es, sobald jemand aus der Geschäftsstelle es prüft und veröffentlicht:',
        absoluteUrl(`/admin/collections/${collection.slug}/${doc.id}`),
        'Weitere Änderungen derselben Stunde sind im Entwurf enthalten; dazu kommt keine eigene Nachricht.',
      ].join('\n\n'),
    })
    return doc
  }
}
