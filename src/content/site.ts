import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Navigation, SiteSetting } from '@/payload-types'

import { payloadClient } from './payload'

/** Name, contact, the paragraph about the Verbund and the social links (once per request). */
export const getSiteSettings = cache(async (locale: Locale): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, locale, fallbackLocale: 'de' })
})

/** Header and footer menus (once per request), labels in the reader's language. */
export const getNavigation = cache(async (locale: Locale): Promise<Navigation> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false, locale, fallbackLocale: 'de' })
})
