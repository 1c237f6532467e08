import Link from 'next/link'

import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { PageLanguages } from './PageLanguages'

/** What a reader sees for an address that leads nowhere: where to go instead, in their language. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const { t, href } = i18n(locale)
  return (
    <>
      {/* The address is unknown, so the other languages are offered at their start pages. */}
      <PageLanguages locale={locale} path="/" />
      <div className="container narrow">
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.text}</p>
        <ul>
          <li>
            <Link href={href('/')}>{t.notFound.home}</Link>
          </li>
          <li>
            <Link href={href('/aktuelles')}>{t.notFound.news}</Link>
          </li>
          <li>
            <Link href={href('/suche')}>{t.notFound.search}</Link>
          </li>
        </ul>
      </div>
    </>
  )
}
