import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'

type Proposal = {
  /** "Änderungsvorschlag für" / "Terminvorschlag". */
  subject: string
  /** The document's name as staff know it. */
  titleOf: (doc: Record<string, unknown>) => string
}

/** When a member representative saves a change, the admins hear of it and can review and publish it. */
export function notifyAdminsOfProposal({ subject, titleOf }: Proposal): CollectionAfterChangeHook {
  return async ({ collection, doc, req }) => {
    if (!hasRole(req.user, 'member')) return doc
    const title = titleOf(doc)
    await notifyAdmins(req.payload, {
      subject: `${subject} „${title}“`,
      text: [
        `${req.user?.name ?? 'Eine Vereinsvertretung'} hat „${title}“ gespeichert.`,
        'Öffentlich wird es, sobald jemand aus der Geschäftsstelle es prüft und veröffentlicht:',
        absoluteUrl(`/admin/collections/${collection.slug}/${doc.id}`),
      ].join('\n\n'),
    })
    return doc
  }
}
