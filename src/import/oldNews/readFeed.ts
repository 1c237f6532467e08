/**
 * Reads a TYPO3 news RSS feed (EXT:news' RSS template: title, link, guid
 * "news-<uid>", pubDate, description, content:encoded, category, enclosure),
 * with Media RSS for the image's caption and credit when the site adds it.
 */
import { XMLParser } from 'fast-xml-parser'

import { parseHtml } from './dom'
import { idAndSlugOf, pathOf, realCategories, splitCredit, takeSourceLine } from './text'
import type { OldArticle } from './types'

type Item = Record<string, unknown>

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as { '#text'?: unknown })['#text'] ?? '') : String(value ?? '')).trim()

/** Takes the trailing „Quelle: …“ line off the body and returns it. */
function takeSource(html: string): { html: string; source: OldArticle['source'] } {
  const body = parseHtml(`<body>${html}</body>`).body
  const source = takeSourceLine(body)
  return { html: body.innerHTML.trim(), source }
}

export function readFeed(xml: string): OldArticle[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: false, trimValues: true, processEntities: true })
  const channel = (parser.parse(xml) as { rss?: { channel?: { item?: Item | Item[] } } }).rss?.channel
  if (!channel) throw new Error('Keine RSS-Datei: <rss><channel> fehlt.')
  return list(channel.item).map((item, index) => {
    const link = pathOf(text(item.link))
    const guid = /news-(\d+)/.exec(text(item.guid))?.[1] ?? null
    const fromLink = idAndSlugOf(link)
    const date = text(item.pubDate)
    const media = item['media:content'] as Item | undefined
    const enclosure = item.enclosure as Item | undefined
    const imageSrc = text(media?.['@url']) || text(enclosure?.['@url'])
    const { caption, credit } = media ? { caption: text(media['media:title']) || null, credit: text(media['media:credit']) || null } : splitCredit(null)
    const body = takeSource(text(item['content:encoded']) || `<p>${text(item.description)}</p>`)
    return {
      origin: `Eintrag ${index + 1}`,
      oldId: guid ?? fromLink.oldId,
      oldSlug: fromLink.oldSlug,
      oldPaths: link ? [link] : [],
      title: text(item.title),
      date: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : null,
      teaser: text(item.description) || null,
      categories: realCategories(list(item.category as unknown).map(text)),
      bodyHtml: body.html,
      image: imageSrc ? { src: imageSrc, caption, credit: credit && !credit.startsWith('©') ? `© ${credit}` : credit } : null,
      source: body.source,
    }
  })
}
