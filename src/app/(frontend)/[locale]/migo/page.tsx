import type { Metadata } from 'next'
import Link from 'next/link'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { listMigoIssues } from '@/content/migo'
import { formatMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { migoIssuePath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

export const metadata: Metadata = pageMetadata({
  title: 'migo – das Magazin des Verbunds',
  description: 'migo: Migration, Integration, Gesellschaft und Ökonomie in Essen – jeden Monat kostenlos per E-Mail und hier im Archiv.',
  path: '/migo',
})

/** The magazine: what it is, the sign-up, and every issue as a web page. */
export default async function MigoPage(props: { params: Promise<{ locale: string }> }) {
  const issues = await listMigoIssues(await localeOf(props.params))
  return (
    <div className="container">
      <h1>migo – das Magazin des Verbunds</h1>
      <p className="lead">
        <strong>M</strong>igration, <strong>I</strong>ntegration, <strong>G</strong>esellschaft, <strong>O</strong>ekonomie:
        einmal im Monat Neues aus den Vereinen, aus Wirtschaft, Recht, Sport, Bildung, Gesundheit und aus Rat und Politik
        in Essen.
      </p>
      <section className="box box--migo" aria-labelledby="abonnieren">
        <h2 id="abonnieren">migo kostenlos per E-Mail</h2>
        <NewsletterSignup source="/migo" idPrefix="migo-seite" />
      </section>
      <section aria-labelledby="ausgaben">
        <h2 id="ausgaben">Alle Ausgaben</h2>
        {issues.length === 0 && <p>Die erste Ausgabe erscheint bald.</p>}
        <ol className="migo-list" reversed>
          {issues.map((issue) => (
            <li key={issue.id}>
              <Link href={migoIssuePath(issue.slug)}>
                <span className="migo-list__number">Nr. {issue.issueNumber}</span> · {formatMonth(issue.month)}:{' '}
                <span className="migo-list__title">{issue.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
