import Link from 'next/link'

import type { Category } from '@/payload-types'
import { newsListPath } from '@/lib/paths'

/** "Alle" plus each category, as links (shareable URLs, no script); the current one is marked. */
export function CategoryFilter({ categories, current }: { categories: Category[]; current: string | null }) {
  const items = [{ slug: null, title: 'Alle' }, ...categories.map((c) => ({ slug: c.slug, title: c.title }))]
  return (
    <nav className="filter" aria-label="Nach Kategorie filtern">
      <ul>
        {items.map((item) => (
          <li key={item.slug ?? 'alle'}>
            <Link href={newsListPath({ category: item.slug })} aria-current={item.slug === current ? 'page' : undefined}>
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
