import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/formatDate'
import type { Article } from '@/payload-types'

type Props = Pick<Article, 'categories' | 'publishedAt'> & { locale: Locale }

/** "Kultur · 3. Mai 2026": the categories and the publish date, in the language given. */
export function ArticleMeta({ categories, publishedAt, locale }: Props) {
  const titles = (categories ?? []).flatMap((c) => (typeof c === 'object' ? [c.title] : []))
  return (
    <p className="meta">
      {titles.length > 0 && <span>{titles.join(', ')}</span>}
      {titles.length > 0 && publishedAt && ' · '}
      {publishedAt && <time dateTime={publishedAt}>{formatDate(publishedAt, locale)}</time>}
    </p>
  )
}
