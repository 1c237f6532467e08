import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Article, Category } from '@/payload-types'
import { berlinMonthRange, berlinYearMonth } from '@/lib/formatDate'

import { dependencyTags as tag, recordDependency, recordRange } from '@/cache/dependencies'

import { listCategories, withCategoryNames } from './categories'
import { recordArticles, recordImage, recordRichTextImages } from './dependencies'
import { withImages } from './images'
import { countedIfNumbered, findBySlug, payloadClient, relationIds } from './payload'
import { inReaderLanguage, translatedWhere, type ContentLanguage } from './translations'

export const ARTICLES_PER_PAGE = 12

/** What a card or a feed item needs: no body. */
const CARD_SELECT = {
  title: true,
  slug: true,
  teaser: true,
  publishedAt: true,
  heroImage: true,
  categories: true,
  updatedAt: true,
} as const

export type ArticleCard = Pick<Article, 'id' | 'title' | 'slug' | 'teaser' | 'publishedAt' | 'heroImage' | 'categories' | 'updatedAt'> & {
  /** The language the title and the teaser are shown in (German where the reader's is missing). */
  textLanguages: { title: Locale; teaser: Locale }
}

/**
 * Article cards, newest first (or by `sort`), in the reader's language, German
 * where an article is not translated (each card says which). `list` names the
 * list the query reads (src/cache/dependencies.ts): the page is dropped when
 * an article enters or leaves it; each card's article and image are recorded too.
 * Only a numbered page (`page`) is counted (countedIfNumbered).
 */
async function findCards(
  list: string | null,
  where: Where | undefined,
  options: { limit: number; page?: number; sort?: string },
  locale: Locale,
) {
  recordDependency(list)
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where,
    sort: options.sort ?? '-publishedAt',
    limit: options.limit,
    ...countedIfNumbered(options.page),
    // Images and category names are filled in from what is kept in memory (withImages, withCategoryNames).
    depth: 0,
    select: CARD_SELECT,
    overrideAccess: false,
    locale,
    fallbackLocale: 'de',
  })
  recordArticles(result.docs)
  const docs = (await inReaderLanguage(payload, 'articles', result.docs, ['title', 'teaser'], locale)) as ArticleCard[]
  return { docs: await withCategoryNames(await withImages(docs, 'heroImage', locale), locale), totalPages: result.totalPages }
}

/**
 * One article by slug: published and due for readers, the latest draft for
 * staff in preview; in the reader's language when translated, else in German.
 */
export const getArticleBySlug = cache(
  async (slug: string, locale: Locale): Promise<{ article: Article | null; preview: boolean; language: ContentLanguage }> => {
    const { doc, preview, language } = await findBySlug('articles', slug, 2, locale, ['teaser'])
    if (!doc) return { article: null, preview, language }
    recordDependency(tag.article(doc.id), tag.categories)
    recordImage(doc.heroImage)
    recordRichTextImages(doc.body)
    const [article] = await withCategoryNames([doc], language.shown)
    return { article, preview, language }
  },
)

/** The cards of the given articles, newest first, as far as readers may see them (a project's news). */
export async function listArticleCards(ids: number[], locale: Locale): Promise<ArticleCard[]> {
  return ids.length ? (await findCards(null, { id: { in: ids } }, { limit: ids.length }, locale)).docs : []
}

/** The newest articles, for the home page. */
export async function listLatestArticles(limit: number, locale: Locale): Promise<ArticleCard[]> {
  return (await findCards(tag.articlesAll, undefined, { limit }, locale)).docs
}

export type ArticleList = { docs: ArticleCard[]; page: number; totalPages: number; category: Category | null }

/**
 * One page of "Aktuelles", newest first, optionally in one category.
 * Returns null for an unknown category or a page past the end (a 404 for the reader).
 */
export const listArticles = cache(async (categorySlug: string | undefined, page: number, locale: Locale): Promise<ArticleList | null> => {
  let category: Category | null = null
  if (categorySlug) {
    category = (await listCategories(locale)).find((c) => c.slug === categorySlug) ?? null
    if (!category) return null
  }
  const result = await findCards(
    category ? tag.articlesInCategory(category.id) : tag.articlesAll,
    category ? { categories: { contains: category.id } } : undefined,
    { limit: ARTICLES_PER_PAGE, page },
    locale,
  )
  if (page > Math.max(1, result.totalPages)) return null
  return { docs: result.docs, page, totalPages: Math.max(1, result.totalPages), category }
})

/**
 * Up to `limit` other articles sharing a category with this one: the ones
 * published just before it (newest first), topped up with the ones just after
 * it when there are fewer. Chosen by nearness in time rather than "the newest"
 * so that a new article does not change the box under every older article of
 * its category (each would have to be rendered again); the page records the
 * stretch of time the box covers, and only an article landing in it drops it.
 */
export async function listRelatedArticles(article: Article, locale: Locale, limit = 3): Promise<ArticleCard[]> {
  const categoryIds = relationIds(article.categories)
  if (categoryIds.length === 0 || !article.publishedAt) return []
  const shared: Where = { and: [{ id: { not_equals: article.id } }, { categories: { in: categoryIds } }] }
  const at = article.publishedAt
  const before = (await findCards(null, { and: [shared, { publishedAt: { less_than_equal: at } }] }, { limit }, locale)).docs
  const after =
    before.length < limit
      ? (await findCards(null, { and: [shared, { publishedAt: { greater_than: at } }] }, { limit: limit - before.length, sort: 'publishedAt' }, locale)).docs
      : []
  const time = (card: ArticleCard) => new Date(card.publishedAt ?? at).getTime()
  // Fewer than asked for on a side: anything that appears on that side enters the box.
  const from = before.length === limit ? time(before[before.length - 1]) : -Infinity
  const to = before.length === limit ? new Date(at).getTime() : after.length === limit - before.length ? time(after[after.length - 1]) : Infinity
  for (const id of categoryIds) recordRange(tag.articlesInCategory(id), from, to)
  return [...before, ...after]
}

/**
 * The newest articles for the RSS feed of a language, optionally of one
 * category (null: unknown category). A language's feed carries only the
 * articles translated into it; German carries every article.
 */
export async function listFeedArticles(
  categorySlug: string | null,
  locale: Locale,
  limit = 50,
): Promise<{ docs: ArticleCard[]; category: Category | null } | null> {
  const category = categorySlug ? ((await listCategories(locale)).find((c) => c.slug === categorySlug) ?? null) : null
  if (categorySlug && !category) return null
  const where: Where = { and: [...(category ? [{ categories: { contains: category.id } }] : []), ...translatedWhere('articles', locale)] }
  const { docs } = await findCards(category ? tag.articlesInCategory(category.id) : tag.articlesAll, where, { limit }, locale)
  return { docs: docs.filter((doc) => doc.textLanguages.title === locale), category }
}

export type ArchiveYear = { year: number; months: { month: number; count: number }[] }

/** Years and months (in Essen's time) that have articles, newest first, with counts. */
export async function listArchiveMonths(): Promise<ArchiveYear[]> {
  recordDependency(tag.articlesAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    select: { publishedAt: true },
    overrideAccess: false,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) {
    if (!doc.publishedAt) continue
    const { year, month } = berlinYearMonth(doc.publishedAt)
    const key = `${year}-${month}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const years = new Map<number, ArchiveYear>()
  for (const [key, count] of counts) {
    const [year, month] = key.split('-').map(Number)
    if (!years.has(year)) years.set(year, { year, months: [] })
    years.get(year)!.months.push({ month, count })
  }
  return [...years.values()]
    .sort((a, b) => b.year - a.year)
    .map((y) => ({ ...y, months: y.months.sort((a, b) => b.month - a.month) }))
}

/** The articles of one month in Essen's time, newest first. */
export async function listArticlesOfMonth(year: number, month: number, locale: Locale): Promise<ArticleCard[]> {
  const { start, end } = berlinMonthRange(year, month)
  const where: Where = { and: [{ publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }] }
  return (await findCards(tag.articlesInMonth(`${year}-${String(month).padStart(2, '0')}`), where, { limit: 200 }, locale)).docs
}

/** The news that mention an organisation, newest first (its profile page lists them). */
export async function listArticlesMentioning(organisationId: number, locale: Locale, limit = 6): Promise<ArticleCard[]> {
  return (await findCards(tag.articlesMentioning(organisationId), { organisations: { contains: organisationId } }, { limit }, locale)).docs
}
