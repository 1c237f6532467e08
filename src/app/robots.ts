import type { MetadataRoute } from 'next'

import { LOCALES, localizedPath } from '@/i18n/locales'
import { absoluteUrl } from '@/lib/paths'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        // Search results are for readers, in every language.
        disallow: ['/admin', '/api', '/preview', ...LOCALES.map((locale) => localizedPath('/suche', locale))],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

export const dynamic = 'force-dynamic'
