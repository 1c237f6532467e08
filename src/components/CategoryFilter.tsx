import Link from 'next/link'

import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { newsListPath } from '@/lib/paths'
import type { Category } from '@/payload-types'

type Props = { categories: Category[]; current: string | null; locale: Locale }

/** "Alle" plus each category, as links (shareable URLs, no script); the current one is marked. */
export function CategoryFilter({ categories, current, locale }: Props) {
  const { t, href } = i18n(locale)
  const items = [{ slug: null, title: t.news.all }, ...categories.map((c) => ({ slug: c.slug, title: c.title }))]
  return (
    <nav className="filter" aria-label={t.news.filter}>
      <ul>
        {items.map((item) => (
          <li key={item.slug ?? 'alle'}>
            <Link href={href(newsListPath({ category: item.slug }))} aria-current={item.slug === current ? 'page' : undefined}>
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
