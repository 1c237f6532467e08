import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type DataFromCollectionSlug, type Payload } from 'payload'

import { SITE_PAGE_CONTEXT } from '@/access/contactDetails'
import { hasRole } from '@/access/roles'
import { dependencyTags, recordDependency } from '@/cache/dependencies'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'

import { contentLanguage, germanOnly, TRANSLATION_FIELDS, translatedLocales, type ContentLanguage, type TranslatedCollection } from './translations'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * A list's paging for `find`: a numbered page is counted (its page numbers need
 * the total); without one, no count of all matches is made (a query of its own,
 * often the dearest part for a few cards), and `limit` alone holds.
 */
export const countedIfNumbered = (page: number | undefined) => (page === undefined ? { pagination: false as const } : { page })

/** The ids of a relationship's value, whether Payload read it as ids or as documents. */
export const relationIds = (values: (number | { id: number })[] | null | undefined): number[] => (values ?? []).map((v) => (typeof v === 'object' ? v.id : v))

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

/**
 * One document by its slug, as the current reader may see it (see
 * readerContext; what only the site's pages may read included), for a reader
 * of `locale`: in that language when it is translated, in German otherwise
 * (`language.shown` says which). `fields` names the localized text the page
 * shows besides the translation's own fields.
 */
export async function findBySlug<T extends TranslatedCollection>(
  collection: T,
  slug: string,
  depth: number,
  locale: Locale = DEFAULT_LOCALE,
  fields: readonly string[] = [],
): Promise<{ doc: DataFromCollectionSlug<T> | null; preview: boolean; language: ContentLanguage }> {
  const { payload, draft, user } = await readerContext()
  const where = { slug: { equals: slug } }
  const language = await contentLanguage(payload, { collection, where, locale, draft, user, fields: [...TRANSLATION_FIELDS[collection], ...fields] })
  if (!language) return { doc: null, preview: draft, language: germanOnly }
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    // One document: no count of all matches (Payload counts for its page numbers otherwise).
    pagination: false,
    depth,
    draft,
    user,
    overrideAccess: false,
    context: SITE_PAGE_CONTEXT,
    locale: language.shown,
    fallbackLocale: 'de',
  })
  return { doc: (docs[0] as DataFromCollectionSlug<T> | undefined) ?? null, preview: draft, language }
}

const SITEMAP_TAGS = {
  articles: { all: dependencyTags.articlesAll, one: dependencyTags.article },
  pages: { all: dependencyTags.pagesAll, one: dependencyTags.page },
  'newsletter-issues': { all: dependencyTags.migoAll, one: dependencyTags.migoIssue },
  'member-organisations': { all: dependencyTags.organisationsAll, one: dependencyTags.organisation },
  events: { all: dependencyTags.eventsAll, one: dependencyTags.event },
  projects: { all: dependencyTags.projectsAll, one: dependencyTags.project },
} as const

/**
 * The address (slug), last change and languages of every document a reader
 * may see, for the sitemap (its hreflang alternates name real translations only).
 */
export async function listSitemapEntries(
  collection: keyof typeof SITEMAP_TAGS,
): Promise<{ slug: string; updatedAt: string; translations: Locale[] }[]> {
  const tags = SITEMAP_TAGS[collection]
  recordDependency(tags.all)
  const payload = await payloadClient()
  const fields = TRANSLATION_FIELDS[collection]
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    locale: 'all',
    select: { slug: true, updatedAt: true, ...Object.fromEntries(fields.map((field) => [field, true])) },
    overrideAccess: false,
  })
  // Each entry's last change and languages are shown: any edit of one drops the sitemap.
  for (const doc of docs) recordDependency(tags.one(doc.id))
  return docs.map((doc) => ({
    slug: String(doc.slug),
    updatedAt: String(doc.updatedAt),
    translations: translatedLocales(doc as never, fields),
  }))
}
