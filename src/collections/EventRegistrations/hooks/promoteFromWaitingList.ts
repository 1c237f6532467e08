import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { promoteFromWaitingList } from '@/forms/eventRegistration'

const eventIdOf = (doc: { event?: number | { id: number } | null }) => (doc.event && typeof doc.event === 'object' ? doc.event.id : doc.event)

/** A confirmed place given up by staff (cancelled) goes to the first on the waiting list. */
export const promoteAfterCancellation: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status === 'confirmed' && doc.status !== 'confirmed') {
    const eventId = eventIdOf(doc)
    if (eventId) await promoteFromWaitingList(req.payload, eventId, req)
  }
  return doc
}

/** The same when staff delete a confirmed registration. */
export const promoteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  // The retention job deletes whole past events' lists: nobody moves up there.
  if (doc.status === 'confirmed' && !context?.retention) {
    const eventId = eventIdOf(doc)
    if (eventId) await promoteFromWaitingList(req.payload, eventId, req)
  }
  return doc
}
