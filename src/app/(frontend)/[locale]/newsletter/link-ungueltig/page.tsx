import type { Metadata } from 'next'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.newsletter.invalidLinkTitle, robots: { index: false } }
}

/** Where an expired, used or mangled confirmation link leads (a page cannot answer 4xx; the link's route redirects here). */
export default async function InvalidLinkPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path={NEWSLETTER_PATHS.invalidLink} />
      <div className="container narrow">
        <h1>{t.newsletter.invalidLinkHeading}</h1>
        <p className="lead">{t.newsletter.invalidLinkLead}</p>
        <h2>{t.newsletter.signUpAgain}</h2>
        <p>{t.newsletter.signUpAgainText}</p>
        <NewsletterSignup source={href(NEWSLETTER_PATHS.invalidLink)} locale={locale} />
      </div>
    </>
  )
}
