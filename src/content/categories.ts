import { cache } from 'react'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { Category } from '@/payload-types'

import { payloadClient } from './payload'

/** The news categories in their editorial order (the filter on /aktuelles), named in the reader's language. */
export const listCategories = cache(async (locale: Locale): Promise<Category[]> => {
  recordDependency(dependencyTags.categories)
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
})
