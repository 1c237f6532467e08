import { cache } from 'react'

import type { Navigation, SiteSetting } from '@/payload-types'

import { payloadClient } from './payload'

/** Name, contact, the paragraph about the Verbund and the social links (once per request). */
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
})

/** Header and footer menus (once per request). */
export const getNavigation = cache(async (): Promise<Navigation> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false })
})
