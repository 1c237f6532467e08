import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getMigoIssueBySlug } from '@/content/migo'
import { formatMonth } from '@/lib/formatDate'
import { filledSections, migoItemContent, migoTopicLabel, type MigoItem } from '@/lib/migoItems'
import { pageMetadata } from '@/lib/pageMetadata'
import { articlePath, migoIssuePath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const { slug } = await props.params
  const { issue, preview } = await getMigoIssueBySlug(slug, await localeOf(props.params))
  if (!issue) notFound()
  return { issue, preview, slug }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { issue, slug } = await load(props)
  return pageMetadata({
    title: `migo Nr. ${issue.issueNumber}: ${issue.title}`,
    description: `Die Ausgabe ${formatMonth(issue.month)} des Magazins migo des Essener Verbunds der Immigrantenvereine.`,
    path: migoIssuePath(slug),
  })
}

/** One item: an article of the site (its own headline and text may replace the article's) or a short text. */
function IssueItem({ item }: { item: MigoItem }) {
  const { article, headline, text } = migoItemContent(item)
  return (
    <li className="migo-item">
      {headline && <h3>{article ? <Link href={articlePath(article.slug)}>{headline}</Link> : headline}</h3>}
      {text && <p>{text}</p>}
      {article && (
        <p>
          <Link href={articlePath(article.slug)} aria-label={`Weiterlesen: ${headline}`}>
            Weiterlesen
          </Link>
        </p>
      )}
    </li>
  )
}

/** The web view of one migo issue: editorial, then the sections by topic. */
export default async function MigoIssuePage(props: Props) {
  const { issue, preview, slug } = await load(props)
  return (
    <>
      {preview && <PreviewBanner path={migoIssuePath(slug)} />}
      <article className="container article migo-issue">
        <p className="breadcrumb">
          <Link href="/migo">Alle migo-Ausgaben</Link>
        </p>
        <p className="meta">
          migo Nr. {issue.issueNumber} · {formatMonth(issue.month)}
        </p>
        <h1>{issue.title}</h1>
        {issue.editorial && (
          <section aria-labelledby="editorial">
            <h2 id="editorial">Editorial</h2>
            <RichTextBody data={issue.editorial} />
          </section>
        )}
        {filledSections(issue).map((section, index) => (
          <section key={section.id ?? index} aria-labelledby={`rubrik-${index}`} className="migo-section">
            <h2 id={`rubrik-${index}`}>{migoTopicLabel(section.topic)}</h2>
            <ul className="migo-items">
              {section.items?.map((item, i) => (
                <IssueItem key={item.id ?? i} item={item} />
              ))}
            </ul>
          </section>
        ))}
        <section className="box box--migo" aria-labelledby="abonnieren">
          <h2 id="abonnieren">migo jeden Monat per E-Mail</h2>
          <NewsletterSignup source={migoIssuePath(slug)} idPrefix="migo-ausgabe" />
        </section>
      </article>
    </>
  )
}
