/**
 * Reads a saved article page of the old site (TYPO3 EXT:news detail view:
 * .news-single with the headline, <time datetime>, .news-list-category,
 * .news-img-wrap with its caption and „©“ credit, .teaser-text and
 * .news-text-wrap), and its old address from <link rel="canonical">.
 */
import { parseHtml } from './dom'
import { idAndSlugOf, pathOf, realCategories, splitCredit, takeSourceLine } from './text'
import type { OldArticle } from './types'

export function readPage(html: string, origin: string): OldArticle {
  const doc = parseHtml(html)
  const single = doc.querySelector('.news-single') ?? doc.body
  const canonical = pathOf(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const { oldId, oldSlug } = idAndSlugOf(canonical)
  const time = single.querySelector('time')?.getAttribute('datetime')
  const image = single.querySelector('.news-img-wrap img')
  const captionText = single.querySelector('.news-img-wrap .news-img-caption, .news-img-wrap figcaption')?.textContent
  const body = single.querySelector('.news-text-wrap, [itemprop="articleBody"]')
  const source = body ? takeSourceLine(body) : null
  return {
    origin,
    oldId,
    oldSlug,
    oldPaths: canonical ? [canonical] : [],
    title: (single.querySelector('[itemprop="headline"], h1, h2, h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    date: time && !Number.isNaN(Date.parse(time)) ? new Date(time).toISOString() : null,
    teaser: single.querySelector('.teaser-text')?.textContent?.replace(/\s+/g, ' ').trim() || null,
    categories: realCategories(Array.from(single.querySelectorAll('.news-list-category')).map((el) => el.textContent ?? '')),
    bodyHtml: body?.innerHTML.trim() ?? '',
    image: image?.getAttribute('src') ? { src: image.getAttribute('src')!, ...splitCredit(captionText) } : null,
    source,
  }
}
