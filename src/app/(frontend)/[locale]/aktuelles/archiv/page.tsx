import type { Metadata } from 'next'
import Link from 'next/link'

import { listArchiveMonths } from '@/content/articles'
import { monthName } from '@/lib/formatDate'
import { pageMetadata } from '@/lib/pageMetadata'
import { archivePath } from '@/lib/paths'

export const metadata: Metadata = pageMetadata({
  title: 'Archiv',
  description: 'Alle Beiträge nach Jahr und Monat.',
  path: archivePath(),
})

export default async function ArchivePage() {
  const years = await listArchiveMonths()
  return (
    <div className="container">
      <h1>Archiv</h1>
      <p>Alle Beiträge nach Jahr und Monat.</p>
      {years.length === 0 && <p>Noch keine Beiträge.</p>}
      {years.map(({ year, months }) => (
        <section key={year} className="archive-year" aria-labelledby={`jahr-${year}`}>
          <h2 id={`jahr-${year}`}>{year}</h2>
          <ul className="archive-months">
            {months.map(({ month, count }) => (
              <li key={month}>
                <Link href={archivePath(year, month)}>
                  {monthName(month)} {year}
                </Link>{' '}
                <span className="count">({count === 1 ? '1 Beitrag' : `${count} Beiträge`})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
