import { listFeedArticles } from '@/content/articles'
import { i18n } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { absoluteUrl, articlePath, feedPath, newsListPath } from '@/lib/paths'
import { rssFeed } from '@/lib/rss'

/**
 * RSS 2.0 of the newest 50 articles in one language (`/feed.xml` German,
 * `/tr/feed.xml` …: only articles really translated into it); `?kategorie=slug`
 * for one category.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = await localeOf(params)
  const { t, href, format } = i18n(locale)
  const category = new URL(request.url).searchParams.get('kategorie')
  const feed = await listFeedArticles(category, locale)
  if (!feed) {
    return new Response(t.news.unknownCategory, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const xml = rssFeed({
    title: feed.category ? format(t.news.categoryFeedTitle, { category: feed.category.title }) : t.news.feedTitle,
    description: t.news.description,
    link: absoluteUrl(href(newsListPath({ category: feed.category?.slug }))),
    self: absoluteUrl(href(feedPath(feed.category?.slug))),
    language: INTL_LOCALE[locale].toLowerCase(),
    items: feed.docs.map((article) => ({
      title: article.title,
      link: absoluteUrl(href(articlePath(article.slug))),
      description: article.teaser ?? '',
      pubDate: article.publishedAt ?? article.updatedAt,
      categories: (article.categories ?? []).flatMap((c) => (typeof c === 'object' ? [c.title] : [])),
    })),
  })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
