import type { Metadata } from 'next'
import Link from 'next/link'

import { DirectoryFilter } from '@/components/DirectoryFilter'
import { Pagination } from '@/components/Pagination'
import { OrganisationCard } from '@/components/OrganisationCard'
import { getDirectoryFigures, readDirectoryFilters, searchDirectory } from '@/content/directory'
import { pageMetadata } from '@/lib/pageMetadata'
import { directoryPath } from '@/lib/paths'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#']
/** A page of cards stays light on a phone; A–Z and the filters lead further. */
const PER_PAGE = 40

/** Reads the filters from the URL; anything unexpected is simply ignored. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const filtered = Object.keys(readDirectoryFilters(await props.searchParams)).length > 0
  return {
    ...pageMetadata({
      title: 'Mitgliedsvereine',
      description: 'Die Mitgliedsvereine des Essener Verbunds: suchen nach Herkunftsland, Tätigkeitsfeld, Stadtteil und Sprache.',
      path: '/mitgliedsvereine',
    }),
    // Filtered lists are for readers; search engines get the full directory.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  }
}

/** `?seite=N`: a whole number from 2 on; anything else is the first page. */
function readPage(params: Record<string, string | string[] | undefined>): number {
  const raw = Array.isArray(params.seite) ? params.seite[0] : params.seite
  return raw && /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : 1
}

export default async function DirectoryPage(props: Props) {
  const params = await props.searchParams
  const filters = readDirectoryFilters(params)
  const [{ entries, counts }, figures] = await Promise.all([searchDirectory(filters), getDirectoryFigures()])
  const filtered = Object.keys(filters).length > 0
  const totalPages = Math.max(1, Math.ceil(entries.length / PER_PAGE))
  const page = Math.min(readPage(params), totalPages)
  const shown = entries.slice((page - 1) * PER_PAGE, page * PER_PAGE)

  return (
    <div className="container">
      <h1>Mitgliedsvereine</h1>
      <p className="lead">
        {figures.organisations} Vereine aus {figures.countries} Herkunftsländern sind Mitglied im Verbund. Finden Sie einen
        Verein in Ihrer Nähe, in Ihrer Sprache oder für Ihr Thema.
      </p>
      <DirectoryFilter filters={filters} counts={counts} />

      <nav className="letters" aria-label="Vereine nach Anfangsbuchstabe">
        <ul>
          <li>
            <Link href={directoryPath({ ...filters, buchstabe: undefined })} aria-current={!filters.buchstabe ? 'page' : undefined}>
              Alle
            </Link>
          </li>
          {LETTERS.map((letter) =>
            counts.buchstabe.get(letter) || filters.buchstabe === letter ? (
              <li key={letter}>
                <Link
                  href={directoryPath({ ...filters, buchstabe: letter })}
                  aria-current={filters.buchstabe === letter ? 'page' : undefined}
                  aria-label={letter === '#' ? 'Andere Anfangszeichen' : `Buchstabe ${letter}`}
                >
                  {letter}
                </Link>
              </li>
            ) : null,
          )}
        </ul>
      </nav>

      <h2 className="result-count" role="status">
        {entries.length === 0 ? 'Keine Vereine gefunden' : entries.length === 1 ? '1 Verein' : `${entries.length} Vereine`}
        {filtered && entries.length > 0 ? ' gefunden' : ''}
      </h2>
      {entries.length === 0 && (
        <p>
          Versuchen Sie es mit weniger Filtern oder <Link href="/mitgliedsvereine">zeigen Sie alle Vereine</Link>.
        </p>
      )}
      <ul className="org-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <OrganisationCard entry={entry} />
          </li>
        ))}
      </ul>
      <Pagination page={page} totalPages={totalPages} hrefFor={(p) => directoryPath({ ...filters, seite: p > 1 ? String(p) : undefined })} />
      <aside className="box" aria-labelledby="eintragen">
        <h2 id="eintragen">Ihr Verein fehlt?</h2>
        <p>Migrantenorganisationen aus Essen können die Aufnahme in den Verbund beantragen.</p>
        <p>
          <Link className="button" href="/mitgliedsvereine/eintragen">
            Verein eintragen
          </Link>
        </p>
      </aside>
    </div>
  )
}
