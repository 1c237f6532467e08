import { dependencyTags as tag, recordDependency } from '@/cache/dependencies'

/**
 * What the queries of the content module record about the page being
 * rendered (src/cache/dependencies.ts): the documents they return and the
 * images those show. A no-op outside a front-server render.
 */

type WithId = { id: number | string }
const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? ((value as WithId).id ?? null) : typeof value === 'number' || typeof value === 'string' ? value : null

/** Images inside rich text (upload nodes), found by walking the Lexical tree. */
function richTextMedia(node: unknown, found: (number | string)[] = []): (number | string)[] {
  if (!node || typeof node !== 'object') return found
  const value = node as { type?: string; relationTo?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (value.type === 'upload' && value.relationTo === 'media') {
    const id = idOf(value.value)
    if (id !== null) found.push(id)
  }
  for (const child of value.children ?? []) richTextMedia(child, found)
  if (value.root) richTextMedia(value.root, found)
  return found
}

/** Records an image shown by an upload field (its id, or the populated document). */
export function recordImage(value: unknown): void {
  const id = idOf(value)
  if (id !== null) recordDependency(tag.media(id))
}

/** Records the images inside a rich-text body. */
export function recordRichTextImages(body: unknown): void {
  for (const id of richTextMedia(body)) recordDependency(tag.media(id))
}

/** Records the articles a list or card grid shows, with their hero images and category names. */
export function recordArticles(articles: ({ heroImage?: unknown } & WithId)[]): void {
  if (articles.length) recordDependency(tag.categories)
  for (const article of articles) {
    recordDependency(tag.article(article.id))
    recordImage(article.heroImage)
  }
}
