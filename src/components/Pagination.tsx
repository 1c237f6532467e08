import Link from 'next/link'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string }

/** "Zurück · Seite 2 von 9 · Weiter" with the page numbers around the current one. */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const around = [...new Set([1, page - 1, page, page + 1, totalPages])].filter((p) => p >= 1 && p <= totalPages)
  return (
    <nav className="pagination" aria-label="Seitennavigation">
      <ul>
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ← Zurück
            </Link>
          </li>
        )}
        {around.map((p, i) => (
          <li key={p}>
            {i > 0 && around[i - 1] !== p - 1 && <span aria-hidden="true">… </span>}
            {p === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">Seite </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={`Seite ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Weiter →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
