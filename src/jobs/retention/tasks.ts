import type { TaskConfig } from 'payload'

import { deleteExpiredFormSubmissions } from './deleteExpiredFormSubmissions'
import { deleteExpiredRegistrations } from './deleteExpiredRegistrations'

/** Every night at 03:15 (server time), on the default queue that the server's cron runs. */
const NIGHTLY = [{ cron: '15 3 * * *', queue: 'default' }]

export const deleteExpiredRegistrationsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteExpiredRegistrations',
  label: 'Anmeldungen vergangener Termine löschen',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: NIGHTLY,
  retries: 2,
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredRegistrations(req.payload) } }),
}

export const deleteExpiredFormSubmissionsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteExpiredFormSubmissions',
  label: 'Alte Formular-Einsendungen löschen',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: NIGHTLY,
  retries: 2,
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredFormSubmissions(req.payload) } }),
}
