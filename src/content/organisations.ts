import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { MemberOrganisation } from '@/payload-types'

import { recordImage, recordRichTextImages } from './dependencies'

import { findBySlug } from './payload'

/** One organisation's profile by slug: public when active and published; the latest draft for staff in preview. */
export const getOrganisationBySlug = cache(async (slug: string): Promise<{ organisation: MemberOrganisation | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('member-organisations', slug, 1)
  if (doc) {
    recordDependency(dependencyTags.organisation(doc.id))
    recordImage(doc.logo)
    recordRichTextImages(doc.description)
  }
  return { organisation: doc, preview }
})
