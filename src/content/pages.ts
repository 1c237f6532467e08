import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { recordRichTextImages } from './dependencies'
import { findBySlug } from './payload'
import type { ContentLanguage } from './translations'

/** One free page by its path ("ueber-uns", "ueber-uns/vorstand"). */
export const getPageBySlug = cache(
  async (slug: string, locale: Locale): Promise<{ page: Page | null; preview: boolean; language: ContentLanguage }> => {
    const { doc, preview, language } = await findBySlug('pages', slug, 1, locale)
    if (doc) {
      recordDependency(dependencyTags.page(doc.id))
      recordRichTextImages(doc.body)
    }
    return { page: doc, preview, language }
  },
)
