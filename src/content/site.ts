import { cache } from 'react'

import { keptPerKey } from '@/cache/contentVersion'
import { LOCALES, type Locale } from '@/i18n/locales'
import type { Navigation, SiteSetting } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * The globals are on every page and change rarely; a change of one drops every
 * page anyway (src/cache/invalidation.ts), so pages record nothing for them.
 * Kept in memory per language until such a change: no query per render.
 */
const onlyWhenEverythingChanges = () => false

const keptSiteSettings = keptPerKey(
  LOCALES,
  async (locale): Promise<SiteSetting> =>
    (await payloadClient()).findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, locale, fallbackLocale: 'de' }),
  onlyWhenEverythingChanges,
)

const keptNavigation = keptPerKey(
  LOCALES,
  async (locale): Promise<Navigation> =>
    (await payloadClient()).findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false, locale, fallbackLocale: 'de' }),
  onlyWhenEverythingChanges,
)

/** Name, contact, the paragraph about the Verbund and the social links. */
export const getSiteSettings = cache((locale: Locale): Promise<SiteSetting> => keptSiteSettings(locale))

/** Header and footer menus, labels in the reader's language. */
export const getNavigation = cache((locale: Locale): Promise<Navigation> => keptNavigation(locale))
