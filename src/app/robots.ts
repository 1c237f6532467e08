import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/paths'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/suche'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}

export const dynamic = 'force-dynamic'
