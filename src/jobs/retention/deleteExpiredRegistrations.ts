import type { Payload } from 'payload'

import { DAY_MS, retentionDays } from './settings'

/**
 * Deletes the registrations of every event that has been over for longer than
 * the retention period (drafts and unpublished events included). Returns how
 * many were deleted.
 */
export async function deleteExpiredRegistrations(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - (await retentionDays(payload, 'registrations')) * DAY_MS)
  const { docs: events } = await payload.find({
    collection: 'events',
    where: { lastsUntil: { less_than: cutoff.toISOString() } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  if (events.length === 0) return 0
  const { docs } = await payload.delete({
    collection: 'event-registrations',
    where: { event: { in: events.map((event) => event.id) } },
    depth: 0,
    overrideAccess: true,
    context: { retention: true },
  })
  if (docs.length) payload.logger.info(`Deleted ${docs.length} registrations of events over for more than their retention period`)
  return docs.length
}
