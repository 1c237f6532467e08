import type { JobsConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

/**
 * Only staff touch the jobs queue. Payload lets anyone logged in (member
 * representatives too) run, queue and cancel jobs; its jobs collection is
 * closed to everyone through the API, so staff may read it (what is
 * scheduled) and nobody writes it except the queue itself.
 */
export const jobsAccess: Pick<JobsConfig, 'access' | 'jobsCollectionOverrides'> = {
  access: { run: isStaff, queue: isStaff, cancel: isStaff },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isStaff, create: () => false, update: () => false, delete: () => false },
  }),
}
