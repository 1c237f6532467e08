import type { Metadata } from 'next'
import Link from 'next/link'

import { PageLanguages } from '@/components/PageLanguages'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.application.thanksTitle, robots: { index: false } }
}

export default async function ThanksPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path="/mitgliedsvereine/eintragen/danke" />
      <div className="container narrow">
        <h1>{t.application.thanksHeading}</h1>
        <p>{t.application.thanksText}</p>
        <p>
          <Link href={href('/mitgliedsvereine')}>{t.application.backToDirectory}</Link>
        </p>
      </div>
    </>
  )
}
