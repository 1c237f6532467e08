import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { MemberOrganisation } from '@/payload-types'

import { recordImage, recordRichTextImages } from './dependencies'
import { findBySlug } from './payload'
import type { ContentLanguage } from './translations'

/** One organisation's profile by slug: public when active and published; the latest draft for staff in preview. */
export const getOrganisationBySlug = cache(
  async (
    slug: string,
    locale: Locale,
  ): Promise<{ organisation: MemberOrganisation | null; preview: boolean; language: ContentLanguage }> => {
    const { doc, preview, language } = await findBySlug('member-organisations', slug, 1, locale, ['community'])
    if (doc) {
      recordDependency(dependencyTags.organisation(doc.id))
      recordImage(doc.logo)
      recordRichTextImages(doc.description)
    }
    return { organisation: doc, preview, language }
  },
)
