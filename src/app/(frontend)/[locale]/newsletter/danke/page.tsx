import type { Metadata } from 'next'
import Link from 'next/link'

import { PageLanguages } from '@/components/PageLanguages'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.newsletter.thanksTitle, robots: { index: false } }
}

/** After every valid sign-up, whether the address was known or not: the page must not tell. */
export default async function SignupThanksPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path={NEWSLETTER_PATHS.thanks} />
      <div className="container narrow">
        <h1>{t.newsletter.thanksHeading}</h1>
        <p className="lead">{t.newsletter.thanksLead}</p>
        <p>{t.newsletter.thanksText}</p>
        <p>
          <Link href={href('/')}>{t.notFound.home}</Link>
        </p>
      </div>
    </>
  )
}
