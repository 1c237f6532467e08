import { cache } from 'react'

import type { MemberOrganisation } from '@/payload-types'

import { findBySlug } from './payload'

/** One organisation's profile by slug: public when active and published; the latest draft for staff in preview. */
export const getOrganisationBySlug = cache(async (slug: string): Promise<{ organisation: MemberOrganisation | null; preview: boolean }> => {
  const { doc, preview } = await findBySlug('member-organisations', slug, 1)
  return { organisation: doc, preview }
})
