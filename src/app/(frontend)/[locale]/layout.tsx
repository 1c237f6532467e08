import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { SkipLink } from '@/components/SkipLink'
import { i18n } from '@/i18n'
import { dirOf } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { DEFAULT_SOCIAL_IMAGE } from '@/lib/pageMetadata'
import { feedPath, siteUrl } from '@/lib/paths'

import './styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { t, href } = i18n(await localeOf(params))
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.site.name, template: '%s – Essener Verbund der Immigrantenvereine' },
    description: t.site.description,
    openGraph: { siteName: t.site.name, images: [DEFAULT_SOCIAL_IMAGE] },
    alternates: { types: { 'application/rss+xml': [{ url: href(feedPath()), title: t.site.feedTitle }] } },
  }
}

/**
 * Every public page renders per request from the database; the front server's
 * page cache (src/server/) keeps the result and drops it when content changes.
 * Nothing is baked in at build time, so the build needs no database.
 */
export const dynamic = 'force-dynamic'

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5a6b',
}

/**
 * The root of the public site in one language: `lang` and `dir` on <html>
 * (German under /de, reached at today's addresses: src/server/language.ts).
 */
export default async function FrontendLayout({ children, params }: Props) {
  const locale = await localeOf(params)
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <SkipLink locale={locale} />
        <SiteHeader locale={locale} />
        <main id="hauptinhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
