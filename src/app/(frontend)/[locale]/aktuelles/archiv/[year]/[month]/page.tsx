import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleGrid } from '@/components/ArticleCard'
import { PageLanguages } from '@/components/PageLanguages'
import { listArticlesOfMonth } from '@/content/articles'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { formatYearMonth } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; year: string; month: string }> }

async function parse(props: Props) {
  const locale = await localeOf(props.params)
  const { year, month } = await props.params
  if (!/^(19|20)\d{2}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) notFound()
  return { year: Number(year), month: Number(month), locale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { year, month, locale } = await parse(props)
  const { t, format } = i18n(locale)
  return pageMetadata({ title: format(t.archive.monthTitle, { month: formatYearMonth(year, month, locale) }), path: archivePath(year, month), locale })
}

export default async function ArchiveMonthPage(props: Props) {
  const { year, month, locale } = await parse(props)
  const articles = await listArticlesOfMonth(year, month, locale)
  if (articles.length === 0) notFound()
  const { t, href, format } = i18n(locale)
  return (
    <>
      <PageLanguages locale={locale} path={archivePath(year, month)} />
      <div className="container">
        <p className="breadcrumb">
          <Link href={href(archivePath())}>{t.archive.title}</Link>
        </p>
        <h1>{format(t.archive.monthHeading, { month: formatYearMonth(year, month, locale) })}</h1>
        <ArticleGrid articles={articles} locale={locale} />
      </div>
    </>
  )
}
