import type { Article } from '@/payload-types'
import { formatDate } from '@/lib/formatDate'

/** "Kultur · 3. Mai 2026": the categories and the publish date. */
export function ArticleMeta({ categories, publishedAt }: Pick<Article, 'categories' | 'publishedAt'>) {
  const titles = (categories ?? []).flatMap((c) => (typeof c === 'object' ? [c.title] : []))
  return (
    <p className="meta">
      {titles.length > 0 && <span>{titles.join(', ')}</span>}
      {titles.length > 0 && publishedAt && ' · '}
      {publishedAt && <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>}
    </p>
  )
}
