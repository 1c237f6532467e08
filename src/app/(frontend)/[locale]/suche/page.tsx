import type { Metadata } from 'next'
import Link from 'next/link'

import { Highlighted } from '@/components/Highlighted'
import { Pagination } from '@/components/Pagination'
import { hitPath, searchSite } from '@/content/search'
import { formatDate } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { searchPath } from '@/lib/paths'
import { MAX_QUERY_LENGTH } from '@/search/query'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; seite?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata(props: Props): Promise<Metadata> {
  const q = first((await props.searchParams).q).trim()
  return {
    ...pageMetadata({ title: q ? `Suche: ${q.slice(0, 60)}` : 'Suche', path: '/suche' }),
    // Result lists are for readers, not for search engines.
    robots: { index: false, follow: true },
  }
}

const KIND_LABELS: Record<string, string> = { article: 'Beitrag', organisation: 'Mitgliedsverein', migo: 'migo-Ausgabe' }

export default async function SearchPage(props: Props) {
  const params = await props.searchParams
  const q = first(params.q).trim()
  const requestedPage = Number(first(params.seite))
  const page = Number.isInteger(requestedPage) && requestedPage > 1 && requestedPage < 1000 ? requestedPage : 1
  const result = q ? await searchSite(q, await localeOf(props.params), page) : null

  return (
    <div className="container">
      <h1>Suche</h1>
      <form action="/suche" method="get" role="search" className="search-form">
        <label htmlFor="suchbegriff">Suchbegriff</label>
        <div className="search-form__row">
          <input id="suchbegriff" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} autoComplete="off" />
          <button type="submit">Suchen</button>
        </div>
      </form>
      {!q && <p>Suchen Sie in allen Beiträgen, zum Beispiel nach „Sprachkurs“, „Sommerfest“ oder einem Stadtteil.</p>}
      {result && (
        <section aria-labelledby="treffer">
          <h2 id="treffer" role="status">
            {result.total === 0
              ? `Keine Treffer für „${q.slice(0, MAX_QUERY_LENGTH)}“`
              : `${result.total} Treffer für „${q.slice(0, MAX_QUERY_LENGTH)}“`}
          </h2>
          {result.total === 0 && <p>Versuchen Sie es mit einem anderen oder kürzeren Suchbegriff.</p>}
          <ol className="search-results">
            {result.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <p className="meta">
                  {KIND_LABELS[hit.kind] ?? hit.kind}
                  {hit.date && (
                    <>
                      {' · '}
                      <time dateTime={hit.date}>{formatDate(hit.date)}</time>
                    </>
                  )}
                </p>
                <h3>
                  <Link href={hitPath(hit)}>{hit.title}</Link>
                </h3>
                {hit.snippet && (
                  <p className="search-results__snippet">
                    <Highlighted text={hit.snippet} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(p) => searchPath(q, p)} />
        </section>
      )}
    </div>
  )
}
