import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { NewsletterIssue } from '@/payload-types'

import { findBySlug, payloadClient } from './payload'
import { inReaderLanguage, type ContentLanguage } from './translations'

export type MigoIssueSummary = Pick<NewsletterIssue, 'id' | 'title' | 'slug' | 'issueNumber' | 'month'> & {
  /** The language the title is shown in (German where the reader's is missing). */
  titleLanguage: Locale
}

/** Every published migo issue, newest first (the archive on /migo). */
export async function listMigoIssues(locale: Locale, limit = 200): Promise<MigoIssueSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    sort: '-month',
    limit,
    depth: 0,
    select: { title: true, slug: true, issueNumber: true, month: true },
    overrideAccess: false,
    locale,
    fallbackLocale: 'de',
  })
  return (await inReaderLanguage(payload, 'newsletter-issues', docs, ['title'], locale)).map(({ textLanguages, ...doc }) => ({
    ...doc,
    titleLanguage: textLanguages.title,
  }))
}

/** The newest published migo issue, for the home page. */
export async function getCurrentMigoIssue(locale: Locale): Promise<MigoIssueSummary | null> {
  return (await listMigoIssues(locale, 1))[0] ?? null
}

/** One issue with its articles (for the web view); the latest draft for staff in preview. */
export const getMigoIssueBySlug = cache(
  async (slug: string, locale: Locale): Promise<{ issue: NewsletterIssue | null; preview: boolean; language: ContentLanguage }> => {
    const { doc, preview, language } = await findBySlug('newsletter-issues', slug, 2, locale)
    return { issue: doc, preview, language }
  },
)
