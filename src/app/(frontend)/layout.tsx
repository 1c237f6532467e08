import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { SkipLink } from '@/components/SkipLink'

import './styles.css'

export const metadata: Metadata = {
  title: {
    default: 'Essener Verbund der Immigrantenvereine e.V.',
    template: '%s – Essener Verbund der Immigrantenvereine',
  },
  description:
    'Der Dachverband von über 70 Migrantenorganisationen in Essen: Nachrichten, Mitgliedsvereine und das Magazin migo.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5a6b',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="hauptinhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
