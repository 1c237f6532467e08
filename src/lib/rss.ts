/** A small RSS 2.0 writer: the feed has five fields per item, not worth a dependency. */
import { escapeMarkup as xmlText } from './escapeMarkup'

export type RssItem = { title: string; link: string; description: string; pubDate: string; categories: string[] }
type Feed = { title: string; description: string; link: string; self: string; items: RssItem[]; /** RFC 5646, e.g. "de-de", "tr" */ language: string }

export function rssFeed({ title, description, link, self, items, language }: Feed): string {
  const lastBuild = items[0]?.pubDate ?? new Date().toISOString()
  const entries = items.map(
    (item) => `    <item>
      <title>${xmlText(item.title)}</title>
      <link>${xmlText(item.link)}</link>
      <guid isPermaLink="true">${xmlText(item.link)}</guid>
      <pubDate>${new Date(item.pubDate).toUTCString()}</pubDate>
${item.categories.map((c) => `      <category>${xmlText(c)}</category>\n`).join('')}      <description>${xmlText(item.description)}</description>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlText(title)}</title>
    <link>${xmlText(link)}</link>
    <description>${xmlText(description)}</description>
    <language>${xmlText(language)}</language>
    <lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>
    <atom:link href="${xmlText(self)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`
}
