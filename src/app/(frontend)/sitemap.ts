import type { MetadataRoute } from 'next'

import { listCategories } from '@/content/categories'
import { listSitemapEntries } from '@/content/payload'
import { LOCALES, localizedPath, type Locale } from '@/i18n/locales'
import {
  absoluteUrl,
  archivePath,
  articlePath,
  DOCUMENTS_PATH,
  EVENTS_ARCHIVE_PATH,
  EVENTS_PATH,
  eventPath,
  migoIssuePath,
  newsListPath,
  organisationPath,
  pagePath,
  PROJECTS_PATH,
  projectPath,
} from '@/lib/paths'

type Entry = Omit<MetadataRoute.Sitemap[number], 'url' | 'alternates'>

/**
 * One URL per language a page exists in, each naming all of them as
 * hreflang alternates (German as x-default). Pages made of interface texts
 * exist in every language; documents only in their real translations.
 */
function inLanguages(path: string, languages: readonly Locale[], entry: Entry = {}): MetadataRoute.Sitemap {
  const alternates = {
    languages: Object.fromEntries([
      ...languages.map((language) => [language, absoluteUrl(localizedPath(path, language))]),
      ['x-default', absoluteUrl(path)],
    ]),
  }
  return languages.map((language) => ({ ...entry, url: absoluteUrl(localizedPath(path, language)), alternates }))
}

/** Published content only: what an anonymous reader can open. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, pages, categories, issues, organisations, events, projects] = await Promise.all([
    listSitemapEntries('articles'),
    listSitemapEntries('pages'),
    listCategories('de'),
    listSitemapEntries('newsletter-issues'),
    listSitemapEntries('member-organisations'),
    listSitemapEntries('events'),
    listSitemapEntries('projects'),
  ])
  // /kontakt is a route of its own; it stays listed once whether or not a page "kontakt" exists.
  const freePages = pages.filter((p) => p.slug !== 'kontakt')
  return [
    ...inLanguages('/', LOCALES, { changeFrequency: 'daily', priority: 1 }),
    ...inLanguages(newsListPath({}), LOCALES, { changeFrequency: 'daily', priority: 0.9 }),
    ...categories.flatMap((c) => inLanguages(newsListPath({ category: c.slug }), LOCALES, { changeFrequency: 'daily' })),
    ...inLanguages(archivePath(), LOCALES, { changeFrequency: 'monthly' }),
    ...articles.flatMap((a) => inLanguages(articlePath(a.slug), a.translations, { lastModified: a.updatedAt })),
    ...freePages.flatMap((p) => inLanguages(pagePath(p.slug), p.translations, { lastModified: p.updatedAt })),
    ...inLanguages('/kontakt', LOCALES, { changeFrequency: 'yearly' }),
    ...inLanguages('/mitgliedsvereine', LOCALES, { changeFrequency: 'weekly', priority: 0.8 }),
    ...organisations.flatMap((o) => inLanguages(organisationPath(o.slug), o.translations, { lastModified: o.updatedAt })),
    ...inLanguages(EVENTS_PATH, LOCALES, { changeFrequency: 'daily', priority: 0.8 }),
    ...inLanguages(EVENTS_ARCHIVE_PATH, LOCALES, { changeFrequency: 'weekly' }),
    ...events.flatMap((e) => inLanguages(eventPath(e.slug), e.translations, { lastModified: e.updatedAt })),
    ...inLanguages(PROJECTS_PATH, LOCALES, { changeFrequency: 'monthly' }),
    ...projects.flatMap((p) => inLanguages(projectPath(p.slug), p.translations, { lastModified: p.updatedAt })),
    ...inLanguages(DOCUMENTS_PATH, LOCALES, { changeFrequency: 'monthly' }),
    ...inLanguages('/migo', LOCALES, { changeFrequency: 'monthly' }),
    ...issues.flatMap((issue) => inLanguages(migoIssuePath(issue.slug), issue.translations)),
  ]
}

export const dynamic = 'force-dynamic'
