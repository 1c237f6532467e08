import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleGrid } from '@/components/ArticleCard'
import { CategoryFilter } from '@/components/CategoryFilter'
import { Pagination } from '@/components/Pagination'
import { listArticles } from '@/content/articles'
import { listCategories } from '@/content/categories'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath, feedPath, newsListPath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

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
  const filter = parseFilter((await props.params).filter)
  if (!filter) notFound()
  const list = await listArticles(filter.category, filter.page, await localeOf(props.params))
  if (!list) notFound()
  return list
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const list = await load(props)
  const title = list.category ? `${list.category.title} – Aktuelles` : 'Aktuelle Nachrichten und Beiträge'
  return pageMetadata({
    title: list.page > 1 ? `${title} (Seite ${list.page})` : title,
    description: 'Nachrichten aus dem Verbund, den Mitgliedsvereinen, aus Essen und der Welt.',
    path: newsListPath({ category: list.category?.slug, page: list.page }),
  })
}

export default async function NewsListPage(props: Props) {
  const [list, categories] = await Promise.all([load(props), listCategories(await localeOf(props.params))])
  const category = list.category?.slug ?? null
  return (
    <div className="container">
      <h1>
        Aktuelle Nachrichten und Beiträge
        {list.category && <span className="h1-suffix">: {list.category.title}</span>}
      </h1>
      <CategoryFilter categories={categories} current={category} />
      {list.docs.length ? (
        <ArticleGrid articles={list.docs} />
      ) : (
        <p>In dieser Kategorie gibt es noch keine Beiträge.</p>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(page) => newsListPath({ category, page })} />
      <p className="more-links">
        <Link href={archivePath()}>Ältere Beiträge im Archiv</Link> · <a href={feedPath(category)}>RSS-Feed{list.category ? ` „${list.category.title}“` : ''}</a>
      </p>
    </div>
  )
}
