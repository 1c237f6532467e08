import type { Metadata } from 'next'
import Link from 'next/link'

import { PageLanguages } from '@/components/PageLanguages'
import { listArchiveMonths } from '@/content/articles'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { formatYearMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return pageMetadata({ title: t.archive.title, description: t.archive.description, path: archivePath(), locale })
}

export default async function ArchivePage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href, count } = i18n(locale)
  const years = await listArchiveMonths()
  return (
    <>
      <PageLanguages locale={locale} path={archivePath()} />
      <div className="container">
        <h1>{t.archive.title}</h1>
        <p>{t.archive.description}</p>
        {years.length === 0 && <p>{t.archive.empty}</p>}
        {years.map(({ year, months }) => (
          <section key={year} className="archive-year" aria-labelledby={`jahr-${year}`}>
            <h2 id={`jahr-${year}`}>{year}</h2>
            <ul className="archive-months">
              {months.map(({ month, count: articles }) => (
                <li key={month}>
                  <Link href={href(archivePath(year, month))}>{formatYearMonth(year, month, locale)}</Link>{' '}
                  <span className="count">({count(t.archive.count, articles)})</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}
