import type { Payload } from 'payload'

import { isAdmin } from './isAdmin'

/**
 * Payload adds the `payload-jobs-stats` global itself (when a task has a
 * schedule) with its default access: anyone logged in. Its contents decide
 * when the nightly deletions run next, so only admins may touch it; Payload's
 * scheduler reads and writes it directly in the database. Set once at start-up
 * (onInit), because the global only exists after the config is sanitised.
 */
export function restrictJobStats(payload: Payload): void {
  const stats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: isAdmin, update: isAdmin, readVersions: isAdmin }
}
