import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleGrid } from '@/components/ArticleCard'
import { CategoryFilter } from '@/components/CategoryFilter'
import { PageLanguages } from '@/components/PageLanguages'
import { Pagination } from '@/components/Pagination'
import { listArticles } from '@/content/articles'
import { listCategories } from '@/content/categories'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath, feedPath, newsListPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; filter?: string[] }> }

/**
 * The segments after /aktuelles: nothing, `seite/N`, `kategorie/SLUG` or
 * `kategorie/SLUG/seite/N`. Anything else (and `seite/1`, which is the page
 * without segment) is not a page.
 */
function parseFilter(filter: string[] = []): { category?: string; page: number } | null {
  let rest = filter
  let category: string | undefined
  if (rest[0] === 'kategorie' && rest[1]) {
    category = rest[1]
    rest = rest.slice(2)
  }
  if (rest.length === 0) return { category, page: 1 }
  if (rest.length === 2 && rest[0] === 'seite' && /^[1-9]\d{0,4}$/.test(rest[1]) && rest[1] !== '1') {
    return { category, page: Number(rest[1]) }
  }
  return null
}

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const filter = parseFilter((await props.params).filter)
  if (!filter) notFound()
  const list = await listArticles(filter.category, filter.page, locale)
  if (!list) notFound()
  return { list, locale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { list, locale } = await load(props)
  const { t, format } = i18n(locale)
  const title = list.category ? format(t.news.categoryTitle, { category: list.category.title }) : t.news.title
  return pageMetadata({
    title: list.page > 1 ? format(t.news.pageTitle, { title, page: list.page }) : title,
    description: t.news.description,
    path: newsListPath({ category: list.category?.slug, page: list.page }),
    locale,
  })
}

export default async function NewsListPage(props: Props) {
  const { list, locale } = await load(props)
  const categories = await listCategories(locale)
  const { t, href, format } = i18n(locale)
  const category = list.category?.slug ?? null
  return (
    <>
      <PageLanguages locale={locale} path={newsListPath({ category, page: list.page })} />
      <div className="container">
        <h1>
          {t.news.title}
          {list.category && <span className="h1-suffix">: {list.category.title}</span>}
        </h1>
        <CategoryFilter categories={categories} current={category} locale={locale} />
        {list.docs.length ? <ArticleGrid articles={list.docs} locale={locale} /> : <p>{t.news.empty}</p>}
        <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(page) => href(newsListPath({ category, page }))} locale={locale} />
        <p className="more-links">
          <Link href={href(archivePath())}>{t.news.archiveLink}</Link> ·{' '}
          <a href={href(feedPath(category))}>{list.category ? format(t.news.categoryFeed, { category: list.category.title }) : t.site.feed}</a>
        </p>
      </div>
    </>
  )
}
