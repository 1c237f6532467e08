import type { Metadata } from 'next'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.newsletter.unsubscribedTitle, robots: { index: false } }
}

export default async function UnsubscribedPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path={NEWSLETTER_PATHS.unsubscribed} />
      <div className="container narrow">
        <h1>{t.newsletter.unsubscribedTitle}</h1>
        <p className="lead">{t.newsletter.unsubscribedLead}</p>
        <h2>{t.newsletter.mistake}</h2>
        <p>{t.newsletter.mistakeText}</p>
        <NewsletterSignup source={href(NEWSLETTER_PATHS.unsubscribed)} locale={locale} />
      </div>
    </>
  )
}
