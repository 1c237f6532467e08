import type { MetadataRoute } from 'next'

import { listCategories } from '@/content/categories'
import { listMigoIssues } from '@/content/migo'
import { listSitemapEntries } from '@/content/payload'
import { absoluteUrl, archivePath, articlePath, migoIssuePath, newsListPath, pagePath } from '@/lib/paths'

/** Published content only: what an anonymous reader can open. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, pages, categories, issues] = await Promise.all([
    listSitemapEntries('articles'),
    listSitemapEntries('pages'),
    listCategories('de'),
    listMigoIssues('de'),
  ])
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl(newsListPath({})), changeFrequency: 'daily', priority: 0.9 },
    ...categories.map((c) => ({ url: absoluteUrl(newsListPath({ category: c.slug })), changeFrequency: 'daily' as const })),
    { url: absoluteUrl(archivePath()), changeFrequency: 'monthly' },
    ...articles.map((a) => ({ url: absoluteUrl(articlePath(a.slug)), lastModified: a.updatedAt })),
    ...pages.map((p) => ({ url: absoluteUrl(pagePath(p.slug)), lastModified: p.updatedAt })),
    { url: absoluteUrl('/migo'), changeFrequency: 'monthly' },
    ...issues.map((issue) => ({ url: absoluteUrl(migoIssuePath(issue.slug)) })),
  ]
}

export const dynamic = 'force-dynamic'
