import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type DataFromCollectionSlug, type Payload, type TypedLocale } from 'payload'

import { hasRole } from '@/access/roles'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * Who reads: anonymous, unless draft mode is on and a staff member is logged
 * in — then drafts are shown, still through access control.
 */
export async function readerContext() {
  const payload = await payloadClient()
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { payload, draft: false, user: null }
  const { user } = await payload.auth({ headers: await headers() })
  const staff = hasRole(user, 'admin', 'editor')
  return { payload, draft: staff, user: staff ? user : null }
}

/** One document by its slug, as the current reader may see it (see readerContext). */
export async function findBySlug<T extends 'articles' | 'pages' | 'member-organisations' | 'newsletter-issues' | 'events' | 'projects'>(
  collection: T,
  slug: string,
  depth: number,
  locale?: TypedLocale,
): Promise<{ doc: DataFromCollectionSlug<T> | null; preview: boolean }> {
  const { payload, draft, user } = await readerContext()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth,
    draft,
    user,
    locale,
    overrideAccess: false,
  })
  return { doc: (docs[0] as DataFromCollectionSlug<T> | undefined) ?? null, preview: draft }
}

/** The address (slug) and last change of every document a reader may see, for the sitemap. */
export async function listSitemapEntries(collection: 'articles' | 'pages'): Promise<{ slug: string; updatedAt: string }[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return docs.map((doc) => ({ slug: String(doc.slug), updatedAt: String(doc.updatedAt) }))
}
