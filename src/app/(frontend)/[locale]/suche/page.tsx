import type { Metadata } from 'next'
import Link from 'next/link'

import { Highlighted } from '@/components/Highlighted'
import { PageLanguages } from '@/components/PageLanguages'
import { Pagination } from '@/components/Pagination'
import { hitPath, searchSite } from '@/content/search'
import { i18n } from '@/i18n'
import { languageOf } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { rich } from '@/i18n/rich'
import { formatDate } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { searchPath } from '@/lib/paths'
import { MAX_QUERY_LENGTH } from '@/search/query'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; seite?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeOf(props.params)
  const { t, format } = i18n(locale)
  const q = first((await props.searchParams).q).trim()
  return {
    ...pageMetadata({ title: q ? format(t.search.resultsTitle, { query: q.slice(0, 60) }) : t.search.title, description: t.search.description, path: '/suche', locale }),
    // Result lists are for readers, not for search engines.
    robots: { index: false, follow: true },
  }
}

/** Search in the reader's language (src/content/search.ts): translated texts with its stemmer, the rest in German. */
export default async function SearchPage(props: Props) {
  const locale = await localeOf(props.params)
  const { t, href, count } = i18n(locale)
  const params = await props.searchParams
  const q = first(params.q).trim()
  const requestedPage = Number(first(params.seite))
  const page = Number.isInteger(requestedPage) && requestedPage > 1 && requestedPage < 1000 ? requestedPage : 1
  const result = q ? await searchSite(q, locale, page) : null
  const query = <bdi>{q.slice(0, MAX_QUERY_LENGTH)}</bdi>

  return (
    <>
      <PageLanguages locale={locale} path={q ? searchPath(q, page) : '/suche'} />
      <div className="container">
        <h1>{t.search.title}</h1>
        <form action={href('/suche')} method="get" role="search" className="search-form">
          <label htmlFor="suchbegriff">{t.search.label}</label>
          <div className="search-form__row">
            <input id="suchbegriff" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} autoComplete="off" dir="auto" />
            <button type="submit">{t.search.submit}</button>
          </div>
        </form>
        {!q && <p>{t.search.hint}</p>}
        {result && (
          <section aria-labelledby="treffer">
            <h2 id="treffer" role="status">
              {result.total === 0 ? rich(t.search.none, { query }) : rich(count(t.search.count, result.total, { query: '{query}' }), { query })}
            </h2>
            {result.total === 0 && <p>{t.search.tryAgain}</p>}
            <ol className="search-results">
              {result.hits.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <p className="meta">
                    {(t.search.kinds as Record<string, string>)[hit.kind] ?? hit.kind}
                    {hit.date && (
                      <>
                        {' · '}
                        <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time>
                      </>
                    )}
                  </p>
                  <div {...languageOf(hit.language, locale)}>
                    <h3 dir={hit.kind === 'organisation' ? 'auto' : undefined}>
                      <Link href={href(hitPath(hit))}>{hit.title}</Link>
                    </h3>
                    {hit.snippet && (
                      <p className="search-results__snippet">
                        <Highlighted text={hit.snippet} />
                      </p>
                    )}
                  </div>
                </li>
              ))}
            </ol>
            <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(p) => href(searchPath(q, p))} locale={locale} />
          </section>
        )}
      </div>
    </>
  )
}
