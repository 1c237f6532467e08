import type { NewsletterIssue } from '@/payload-types'

import { payloadClient } from './payload'

/** The newest published migo issue, for the home page. */
export async function getCurrentMigoIssue(): Promise<Pick<NewsletterIssue, 'id' | 'title' | 'slug' | 'issueNumber' | 'month'> | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    sort: '-month',
    limit: 1,
    depth: 0,
    select: { title: true, slug: true, issueNumber: true, month: true },
    overrideAccess: false,
  })
  return docs[0] ?? null
}
