import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { promoteFromWaitingList } from '@/forms/eventRegistration'

/** More places (a raised capacity): the waiting list moves up. */
export const promoteWhenCapacityGrows: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const grew = operation === 'update' && doc.registration?.mode === 'internal' && (doc.registration?.capacity ?? 0) > (previousDoc?.registration?.capacity ?? 0)
  if (grew && doc._status === 'published') await promoteFromWaitingList(req.payload, doc.id, req)
  return doc
}

/** A deleted event takes its registrations with it: nobody keeps personal data for an event that no longer exists. */
export const deleteRegistrationsOfEvent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'event-registrations', where: { event: { equals: id } }, overrideAccess: true, req, context: { retention: true } })
}
