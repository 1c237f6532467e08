import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleGrid } from '@/components/ArticleCard'
import { listArticlesOfMonth } from '@/content/articles'
import { monthName } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; year: string; month: string }> }

async function parse(props: Props) {
  const { year, month } = await props.params
  if (!/^(19|20)\d{2}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) notFound()
  return { year: Number(year), month: Number(month) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { year, month } = await parse(props)
  return pageMetadata({ title: `Archiv ${monthName(month)} ${year}`, path: archivePath(year, month) })
}

export default async function ArchiveMonthPage(props: Props) {
  const { year, month } = await parse(props)
  const articles = await listArticlesOfMonth(year, month, await localeOf(props.params))
  if (articles.length === 0) notFound()
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href={archivePath()}>Archiv</Link>
      </p>
      <h1>
        Beiträge im {monthName(month)} {year}
      </h1>
      <ArticleGrid articles={articles} />
    </div>
  )
}
