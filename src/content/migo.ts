import { cache } from 'react'

import type { NewsletterIssue } from '@/payload-types'

import { findBySlug, payloadClient } from './payload'

export type MigoIssueSummary = Pick<NewsletterIssue, 'id' | 'title' | 'slug' | 'issueNumber' | 'month'>

/** Every published migo issue, newest first (the archive on /migo). */
export async function listMigoIssues(limit = 200): Promise<MigoIssueSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    sort: '-month',
    limit,
    depth: 0,
    select: { title: true, slug: true, issueNumber: true, month: true },
    overrideAccess: false,
  })
  return docs
}

/** The newest published migo issue, for the home page. */
export async function getCurrentMigoIssue(): Promise<MigoIssueSummary | null> {
  return (await listMigoIssues(1))[0] ?? null
}

/** One issue with its articles (for the web view); the latest draft for staff in preview. */
export const getMigoIssueBySlug = cache(async (slug: string): Promise<{ issue: NewsletterIssue | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('newsletter-issues', slug, 2)
  return { issue: doc, preview }
})
