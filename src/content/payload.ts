import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type DataFromCollectionSlug, type Payload, type TypedLocale } from 'payload'

import { SITE_PAGE_CONTEXT } from '@/access/contactDetails'
import { hasRole } from '@/access/roles'
import { dependencyTags, recordDependency } from '@/cache/dependencies'

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

/** One document by its slug, as the current reader may see it (see readerContext); what only the site's pages may read included. */
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
    context: SITE_PAGE_CONTEXT,
  })
  return { doc: (docs[0] as DataFromCollectionSlug<T> | undefined) ?? null, preview: draft }
}

/** The address (slug) and last change of every document a reader may see, for the sitemap. */
export async function listSitemapEntries(collection: 'articles' | 'pages'): Promise<{ slug: string; updatedAt: string }[]> {
  recordDependency(collection === 'articles' ? dependencyTags.articlesAll : dependencyTags.pagesAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  // Each entry's last change is shown: any edit of one drops the sitemap.
  for (const doc of docs) recordDependency(collection === 'articles' ? dependencyTags.article(doc.id) : dependencyTags.page(doc.id))
  return docs.map((doc) => ({ slug: String(doc.slug), updatedAt: String(doc.updatedAt) }))
}
