import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleGrid } from '@/components/ArticleCard'
import { NewsletterSignup } from '@/components/NewsletterSignup'
import { getCurrentMigoIssue } from '@/content/migo'
import { listLatestArticles } from '@/content/articles'
import { getDirectoryFigures } from '@/content/directory'
import { formatMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { migoIssuePath, newsListPath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Essener Verbund der Immigrantenvereine e.V.',
    description:
      'Der Dachverband von über 70 Migrantenorganisationen in Essen: Nachrichten, Mitgliedsvereine und das Magazin migo.',
    path: '/',
  }),
  title: { absolute: 'Essener Verbund der Immigrantenvereine e.V.' },
}

export default async function HomePage(props: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(props.params)
  const [articles, figures, migo] = await Promise.all([listLatestArticles(6, locale), getDirectoryFigures(locale), getCurrentMigoIssue(locale)])
  return (
    <>
      <section className="intro" aria-labelledby="willkommen">
        <div className="container">
          <h1 id="willkommen">Essener Verbund der Immigrantenvereine</h1>
          <p className="lead">
            Der Dachverband der Migrantenorganisationen in Essen – seit dem Jahr 2000 für Teilhabe, Begegnung und ein
            gutes Miteinander.
          </p>
          <p className="figures">
            <strong>{figures.organisations}</strong> Mitgliedsvereine aus <strong>{figures.countries}</strong>{' '}
            Herkunftsländern
          </p>
        </div>
      </section>

      <div className="container">
        <section aria-labelledby="neueste">
          <h2 id="neueste">Aktuelle Nachrichten</h2>
          <ArticleGrid articles={articles} headingLevel="h3" />
          <p>
            <Link className="button" href={newsListPath({})}>
              Alle Nachrichten
            </Link>
          </p>
        </section>

        <section className="box box--migo" aria-labelledby="migo">
          <h2 id="migo">migo – das Magazin des Verbunds</h2>
          <p>
            Migration, Integration, Gesellschaft und Ökonomie: einmal im Monat Neues aus den Vereinen, aus Recht,
            Bildung, Gesundheit, Sport und Politik in Essen.
          </p>
          {migo && (
            <p>
              Aktuelle Ausgabe: <Link href={migoIssuePath(migo.slug)}>Nr. {migo.issueNumber}, {formatMonth(migo.month)} – {migo.title}</Link>
            </p>
          )}
          <NewsletterSignup source="/" />
        </section>
      </div>
    </>
  )
}
