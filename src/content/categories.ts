import { cache } from 'react'

import { keptPerKey } from '@/cache/contentVersion'
import { dependencyTags, recordDependency, type ChangeReach } from '@/cache/dependencies'
import { LOCALES, type Locale } from '@/i18n/locales'
import type { Article, Category } from '@/payload-types'

import { payloadClient, relationIds } from './payload'

const touchesCategories = (change: ChangeReach) => Boolean(change.tags?.includes(dependencyTags.categories))

/** A handful of rows that most pages read: kept in memory per language until a category changes. */
const keptCategories = keptPerKey(
  LOCALES,
  async (locale): Promise<Category[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      sort: 'order',
      limit: 100,
      depth: 0,
      overrideAccess: false,
      locale,
      fallbackLocale: 'de',
    })
    return docs
  },
  touchesCategories,
)

/** The news categories in their editorial order (the filter on /aktuelles), named in the reader's language. */
export const listCategories = cache(async (locale: Locale): Promise<Category[]> => {
  recordDependency(dependencyTags.categories)
  return keptCategories(locale)
})

/**
 * Articles (whole or as cards) with their categories named in `locale`, in the
 * article's order, from the kept categories: articles read their categories as
 * bare ids (`maxDepth: 0` on the field), a query fewer for every article read.
 */
export async function withCategoryNames<T extends Pick<Article, 'categories'>>(articles: T[], locale: Locale): Promise<T[]> {
  if (!articles.some((article) => article.categories?.length)) return articles
  const kept = new Map((await listCategories(locale)).map((category) => [category.id, category]))
  return articles.map((article) => ({
    ...article,
    categories: relationIds(article.categories).flatMap((id) => kept.get(id) ?? []),
  }))
}
