import type { MetadataRoute } from 'next'

import { listCategories } from '@/content/categories'
import { listSitemapEntries } from '@/content/payload'
import { LOCALES, localizedPath, type Locale } from '@/i18n/locales'
import { absoluteUrl, archivePath, articlePath, migoIssuePath, newsListPath, pagePath } from '@/lib/paths'

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
  const [articles, pages, categories, issues] = await Promise.all([
    listSitemapEntries('articles'),
    listSitemapEntries('pages'),
    listCategories('de'),
    listSitemapEntries('newsletter-issues'),
  ])
  return [
    ...inLanguages('/', LOCALES, { changeFrequency: 'daily', priority: 1 }),
    ...inLanguages(newsListPath({}), LOCALES, { changeFrequency: 'daily', priority: 0.9 }),
    ...categories.flatMap((c) => inLanguages(newsListPath({ category: c.slug }), LOCALES, { changeFrequency: 'daily' })),
    ...inLanguages(archivePath(), LOCALES, { changeFrequency: 'monthly' }),
    ...articles.flatMap((a) => inLanguages(articlePath(a.slug), a.translations, { lastModified: a.updatedAt })),
    ...pages.flatMap((p) => inLanguages(pagePath(p.slug), p.translations, { lastModified: p.updatedAt })),
    ...inLanguages('/migo', LOCALES, { changeFrequency: 'monthly' }),
    ...issues.flatMap((issue) => inLanguages(migoIssuePath(issue.slug), issue.translations)),
  ]
}

export const dynamic = 'force-dynamic'
