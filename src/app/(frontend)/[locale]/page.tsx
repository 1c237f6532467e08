import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleGrid } from '@/components/ArticleCard'
import { EventGrid } from '@/components/EventCard'
import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { getCurrentMigoIssue } from '@/content/migo'
import { listLatestArticles } from '@/content/articles'
import { getDirectoryFigures } from '@/content/directory'
import { listNextEvents } from '@/content/events'
import { i18n } from '@/i18n'
import { languageOf } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { rich } from '@/i18n/rich'
import { formatMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { EVENTS_PATH, migoIssuePath, newsListPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return { ...pageMetadata({ title: t.site.name, description: t.site.description, path: '/', locale }), title: { absolute: t.site.name } }
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href, format, number } = i18n(locale)
  const [articles, figures, migo, events] = await Promise.all([
    listLatestArticles(6, locale),
    getDirectoryFigures(locale),
    getCurrentMigoIssue(locale),
    listNextEvents(3, locale),
  ])
  return (
    <>
      <PageLanguages locale={locale} path="/" />
      <section className="intro" aria-labelledby="willkommen">
        <div className="container">
          <h1 id="willkommen">{t.home.heading}</h1>
          <p className="lead">{t.home.lead}</p>
          <p className="figures">
            {rich(t.home.figures, { organisations: <strong>{number(figures.organisations)}</strong>, countries: <strong>{number(figures.countries)}</strong> })}
          </p>
        </div>
      </section>

      <div className="container">
        <section aria-labelledby="neueste">
          <h2 id="neueste">{t.home.latest}</h2>
          <ArticleGrid articles={articles} locale={locale} headingLevel="h3" />
          <p>
            <Link className="button" href={href(newsListPath({}))}>
              {t.home.allNews}
            </Link>
          </p>
        </section>

        {events.length > 0 && (
          <section aria-labelledby="termine">
            <h2 id="termine">{t.home.events}</h2>
            <EventGrid events={events} locale={locale} headingLevel="h3" />
            <p>
              <Link className="button" href={href(EVENTS_PATH)}>
                {t.home.allEvents}
              </Link>
            </p>
          </section>
        )}

        <section className="box box--migo" aria-labelledby="migo">
          <h2 id="migo">{t.home.migoHeading}</h2>
          <p>{t.home.migoText}</p>
          {migo && (
            <p>
              {t.home.currentIssue}{' '}
              <Link href={href(migoIssuePath(migo.slug))}>
                {format(t.migo.number, { number: String(migo.issueNumber) })}, {formatMonth(migo.month, locale)} –{' '}
                <span {...languageOf(migo.titleLanguage, locale)}>{migo.title}</span>
              </Link>
            </p>
          )}
          <NewsletterSignup source={href('/')} locale={locale} />
        </section>
      </div>
    </>
  )
}
