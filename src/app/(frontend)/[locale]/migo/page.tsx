import type { Metadata } from 'next'
import Link from 'next/link'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { listMigoIssues } from '@/content/migo'
import { i18n } from '@/i18n'
import { languageOf } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { rich } from '@/i18n/rich'
import { formatMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { migoIssuePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return pageMetadata({ title: t.migo.title, description: t.migo.description, path: '/migo', locale })
}

/** The magazine: what it is, the sign-up, and every issue as a web page. */
export default async function MigoPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href, format } = i18n(locale)
  const issues = await listMigoIssues(locale)
  return (
    <>
      <PageLanguages locale={locale} path="/migo" />
      <div className="container">
        <h1>{t.migo.title}</h1>
        <p className="lead">{rich(t.migo.lead)}</p>
        <section className="box box--migo" aria-labelledby="abonnieren">
          <h2 id="abonnieren">{t.migo.subscribe}</h2>
          <NewsletterSignup source={href('/migo')} locale={locale} idPrefix="migo-seite" />
        </section>
        <section aria-labelledby="ausgaben">
          <h2 id="ausgaben">{t.migo.allIssues}</h2>
          {issues.length === 0 && <p>{t.migo.noIssues}</p>}
          <ol className="migo-list" reversed>
            {issues.map((issue) => (
              <li key={issue.id}>
                <Link href={href(migoIssuePath(issue.slug))}>
                  <span className="migo-list__number">{format(t.migo.number, { number: String(issue.issueNumber) })}</span> ·{' '}
                  {formatMonth(issue.month, locale)}:{' '}
                  <span className="migo-list__title" {...languageOf(issue.titleLanguage, locale)}>
                    {issue.title}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  )
}
