import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getMigoIssueBySlug } from '@/content/migo'
import { i18n } from '@/i18n'
import { languageOf, localizedPath, type Locale } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { formatMonth } from '@/lib/formatDate'
import { filledSections, migoItemContent, type MigoItem } from '@/lib/migoItems'
import { pageMetadata } from '@/lib/pageMetadata'
import { articlePath, migoIssuePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const { slug } = await props.params
  const { issue, preview, language } = await getMigoIssueBySlug(slug, locale)
  if (!issue) notFound()
  return { issue, preview, slug, locale, language }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { issue, slug, locale, language } = await load(props)
  const { t, format } = i18n(language.shown)
  return pageMetadata({
    title: format(t.migo.issueTitle, { number: String(issue.issueNumber), title: issue.title }),
    description: format(t.migo.issueDescription, { month: formatMonth(issue.month, language.shown) }),
    path: migoIssuePath(slug),
    locale,
    translations: language.translations,
  })
}

/**
 * One item: an article of the site (its own headline and text may replace the
 * article's) or a short text, written in `locale`; links lead to the reader's language.
 */
function IssueItem({ item, locale, reader }: { item: MigoItem; locale: Locale; reader: Locale }) {
  const { t, format } = i18n(locale)
  const href = (path: string) => localizedPath(path, reader)
  const { article, headline, text } = migoItemContent(item)
  return (
    <li className="migo-item">
      {headline && <h3>{article ? <Link href={href(articlePath(article.slug))}>{headline}</Link> : headline}</h3>}
      {text && <p>{text}</p>}
      {article && (
        <p>
          <Link href={href(articlePath(article.slug))} aria-label={format(t.migo.readMoreLabel, { title: headline ?? '' })}>
            {t.migo.readMore}
          </Link>
        </p>
      )}
    </li>
  )
}

/**
 * The web view of one migo issue: editorial, then the sections by topic. The
 * issue's text is in the reader's language when translated, else in German
 * (marked, with a note); its links lead to the articles in the reader's language.
 */
export default async function MigoIssuePage(props: Props) {
  const { issue, preview, slug, locale, language } = await load(props)
  const { t, href } = i18n(locale)
  const shown = i18n(language.shown)
  return (
    <>
      {preview && <PreviewBanner path={localizedPath(migoIssuePath(slug), locale)} />}
      <PageLanguages locale={locale} path={migoIssuePath(slug)} shown={language.shown} />
      <article className="container article migo-issue">
        <p className="breadcrumb">
          <Link href={href('/migo')}>{t.migo.backToArchive}</Link>
        </p>
        <div {...languageOf(language.shown, locale)}>
          <p className="meta">{shown.format(shown.t.migo.issueMeta, { number: String(issue.issueNumber), month: formatMonth(issue.month, language.shown) })}</p>
          <h1>{issue.title}</h1>
          {issue.editorial && (
            <section aria-labelledby="editorial">
              <h2 id="editorial">{shown.t.migo.editorial}</h2>
              <RichTextBody data={issue.editorial} />
            </section>
          )}
          {filledSections(issue).map((section, index) => (
            <section key={section.id ?? index} aria-labelledby={`rubrik-${index}`} className="migo-section">
              <h2 id={`rubrik-${index}`}>{(shown.t.migo.topics as Record<string, string>)[section.topic] ?? section.topic}</h2>
              <ul className="migo-items">
                {section.items?.map((item, i) => (
                  <IssueItem key={item.id ?? i} item={item} locale={language.shown} reader={locale} />
                ))}
              </ul>
            </section>
          ))}
        </div>
        <section className="box box--migo" aria-labelledby="abonnieren">
          <h2 id="abonnieren">{t.migo.subscribeMonthly}</h2>
          <NewsletterSignup source={href(migoIssuePath(slug))} locale={locale} idPrefix="migo-ausgabe" />
        </section>
      </article>
    </>
  )
}
