import type { Payload } from 'payload'

import { DAY_MS, retentionDays } from './settings'

/** Deletes form submissions older than the retention period. Returns how many were deleted. */
export async function deleteExpiredFormSubmissions(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - (await retentionDays(payload, 'formSubmissions')) * DAY_MS)
  const { docs } = await payload.delete({
    collection: 'form-submissions',
    where: { createdAt: { less_than: cutoff.toISOString() } },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length) payload.logger.info(`Deleted ${docs.length} form submissions older than their retention period`)
  return docs.length
}
