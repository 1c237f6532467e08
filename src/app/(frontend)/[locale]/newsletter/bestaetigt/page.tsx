import type { Metadata } from 'next'
import Link from 'next/link'

import { PageLanguages } from '@/components/PageLanguages'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.newsletter.confirmedTitle, robots: { index: false } }
}

export default async function SubscriptionConfirmedPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path={NEWSLETTER_PATHS.confirmed} />
      <div className="container narrow">
        <h1>{t.newsletter.confirmedHeading}</h1>
        <p className="lead">{t.newsletter.confirmedLead}</p>
        <p>{t.newsletter.confirmedText}</p>
        <p>
          <Link href={href('/aktuelles')}>{t.newsletter.toNews}</Link>
        </p>
      </div>
    </>
  )
}
