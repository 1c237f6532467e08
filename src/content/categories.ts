import { cache } from 'react'

import { keptPerKey } from '@/cache/contentVersion'
import { dependencyTags, recordDependency, type ChangeReach } from '@/cache/dependencies'
import { LOCALES, type Locale } from '@/i18n/locales'
import type { Category } from '@/payload-types'

import { payloadClient } from './payload'

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
