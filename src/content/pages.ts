import type { TypedLocale } from 'payload'
import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { recordRichTextImages } from './dependencies'
import { findBySlug, payloadClient } from './payload'
import type { ContentLanguage } from './translations'

/**
 * One free page by its path ("ueber-uns", "ueber-uns/geschichte"): a nested
 * page's slug is its whole path; in the reader's language when translated,
 * else in German (`language.shown`).
 */
export const getPageBySlug = cache(
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<{ page: Page | null; preview: boolean; language: ContentLanguage }> => {
    const { doc, preview, language } = await findBySlug('pages', slug, 1, locale)
    if (doc) {
      recordDependency(dependencyTags.page(doc.id))
      recordRichTextImages(doc.body)
    }
    return { page: doc, preview, language }
  },
)

export type Crumb = { label: string; path: string }

/** The trail from the top page down to this one ("Über uns › Geschichte"), as the nested-docs plugin keeps it. */
export const pageBreadcrumbs = (page: Pick<Page, 'breadcrumbs' | 'title' | 'slug'>): Crumb[] =>
  page.breadcrumbs?.length
    ? page.breadcrumbs.flatMap((crumb) => (crumb.url ? [{ label: crumb.label || '', path: crumb.url }] : []))
    : [{ label: page.title, path: `/${page.slug}` }]

/** The published sub-pages of a page, by title (e.g. the pages under „Über uns“). */
export async function listChildPages(pageId: number, locale?: TypedLocale): Promise<Pick<Page, 'id' | 'title' | 'slug'>[]> {
  recordDependency(dependencyTags.pagesAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { parent: { equals: pageId } },
    sort: 'title',
    pagination: false,
    depth: 0,
    locale,
    select: { title: true, slug: true },
    overrideAccess: false,
  })
  for (const doc of docs) recordDependency(dependencyTags.page(doc.id))
  return docs
}
