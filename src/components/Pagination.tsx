import Link from 'next/link'

import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string; locale: Locale }

/** "Zurück · Seite 2 von 9 · Weiter" with the page numbers around the current one; arrows point the reading direction's way. */
export function Pagination({ page, totalPages, hrefFor, locale }: Props) {
  if (totalPages <= 1) return null
  const { t, format, number, dir } = i18n(locale)
  const [back, forward] = dir === 'rtl' ? ['→', '←'] : ['←', '→']
  const around = [...new Set([1, page - 1, page, page + 1, totalPages])].filter((p) => p >= 1 && p <= totalPages)
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">{back}</span> {t.pagination.previous}
            </Link>
          </li>
        )}
        {around.map((p, i) => (
          <li key={p}>
            {i > 0 && around[i - 1] !== p - 1 && <span aria-hidden="true">… </span>}
            {p === page ? (
              <span aria-current="page" className="pagination__current">
                {/* "Seite 2" for screen readers, the number alone on screen. */}
                {t.pagination.page.split(/(\{page\})/).map((part, k) =>
                  part === '{page}' ? number(p) : part ? <span key={k} className="visually-hidden">{part}</span> : null,
                )}
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={format(t.pagination.page, { page: p })}>
                {number(p)}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              {t.pagination.next} <span aria-hidden="true">{forward}</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
