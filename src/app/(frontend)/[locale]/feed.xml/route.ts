import { listFeedArticles } from '@/content/articles'
import { absoluteUrl, articlePath, feedPath, newsListPath } from '@/lib/paths'
import { rssFeed } from '@/lib/rss'
import { localeOf } from '@/i18n/params'

/** RSS 2.0 of the newest 50 articles; `?kategorie=slug` for one category. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const category = new URL(request.url).searchParams.get('kategorie')
  const feed = await listFeedArticles(category, await localeOf(params))
  if (!feed) {
    return new Response('Diese Kategorie gibt es nicht.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const xml = rssFeed({
    title: feed.category ? `${feed.category.title} – Essener Verbund der Immigrantenvereine` : 'Essener Verbund der Immigrantenvereine – Aktuelles',
    description: 'Nachrichten aus dem Verbund, den Mitgliedsvereinen, aus Essen und der Welt.',
    link: absoluteUrl(newsListPath({ category: feed.category?.slug })),
    self: absoluteUrl(feedPath(feed.category?.slug)),
    items: feed.docs.map((article) => ({
      title: article.title,
      link: absoluteUrl(articlePath(article.slug)),
      description: article.teaser ?? '',
      pubDate: article.publishedAt ?? article.updatedAt,
      categories: (article.categories ?? []).flatMap((c) => (typeof c === 'object' ? [c.title] : [])),
    })),
  })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
