import { cache } from 'react'

import { dependencyTags as tag, recordDependency } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { NewsletterIssue } from '@/payload-types'

import { recordArticles, recordRichTextImages } from './dependencies'
import { findBySlug, payloadClient } from './payload'
import { inReaderLanguage, type ContentLanguage } from './translations'

export type MigoIssueSummary = Pick<NewsletterIssue, 'id' | 'title' | 'slug' | 'issueNumber' | 'month'> & {
  /** The language the title is shown in (German where the reader's is missing). */
  titleLanguage: Locale
}

/** Every published migo issue, newest first (the archive on /migo), titled in the reader's language where translated. */
export async function listMigoIssues(locale: Locale, limit = 200): Promise<MigoIssueSummary[]> {
  recordDependency(tag.migoAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    sort: '-month',
    limit,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, issueNumber: true, month: true },
    overrideAccess: false,
    locale,
    fallbackLocale: 'de',
  })
  for (const doc of docs) recordDependency(tag.migoIssue(doc.id))
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
    if (doc) {
      recordDependency(tag.migoIssue(doc.id))
      recordRichTextImages(doc.editorial)
      // The linked articles' headlines, teasers and photos.
      for (const section of doc.sections ?? []) {
        for (const item of section.items ?? []) {
          const article = (item as { article?: unknown }).article
          if (article && typeof article === 'object') recordArticles([article as { id: number; heroImage?: unknown }])
          else if (typeof article === 'number') recordDependency(tag.article(article))
        }
      }
    }
    return { issue: doc, preview, language }
  },
)
