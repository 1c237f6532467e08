import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { SkipLink } from '@/components/SkipLink'
import { dirOf, isLocale } from '@/i18n/locales'
import { DEFAULT_SOCIAL_IMAGE } from '@/lib/pageMetadata'
import { siteUrl } from '@/lib/paths'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    title: {
      default: 'Essener Verbund der Immigrantenvereine e.V.',
      template: '%s – Essener Verbund der Immigrantenvereine',
    },
    description:
      'Der Dachverband von über 70 Migrantenorganisationen in Essen: Nachrichten, Mitgliedsvereine und das Magazin migo.',
    openGraph: { locale: 'de_DE', siteName: 'Essener Verbund der Immigrantenvereine e.V.', images: [DEFAULT_SOCIAL_IMAGE] },
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: 'Aktuelles – RSS-Feed' }] } },
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

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The root of the public site in one language (German under /de, reached at today's addresses: src/server/language.ts). */
export default async function FrontendLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <SkipLink />
        <SiteHeader locale={locale} />
        <main id="hauptinhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}

