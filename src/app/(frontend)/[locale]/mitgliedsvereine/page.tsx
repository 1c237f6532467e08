import type { Metadata } from 'next'
import Link from 'next/link'

import { DirectoryFilter } from '@/components/DirectoryFilter'
import { OrganisationCard } from '@/components/OrganisationCard'
import { PageLanguages } from '@/components/PageLanguages'
import { Pagination } from '@/components/Pagination'
import { getDirectoryFigures, readDirectoryFilters, searchDirectory } from '@/content/directory'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { rich } from '@/i18n/rich'
import { pageMetadata } from '@/lib/pageMetadata'
import { directoryPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#']
/** A page of cards stays light on a phone; A–Z and the filters lead further. */
const PER_PAGE = 40

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeOf(props.params)
  const { t } = i18n(locale)
  const filtered = Object.keys(readDirectoryFilters(await props.searchParams)).length > 0
  return {
    ...pageMetadata({ title: t.directory.title, description: t.directory.description, path: '/mitgliedsvereine', locale }),
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
  const locale = await localeOf(props.params)
  const { t, href, format, count } = i18n(locale)
  const params = await props.searchParams
  const filters = readDirectoryFilters(params)
  const [{ entries, counts }, figures] = await Promise.all([searchDirectory(filters, locale), getDirectoryFigures(locale)])
  const filtered = Object.keys(filters).length > 0
  const totalPages = Math.max(1, Math.ceil(entries.length / PER_PAGE))
  const page = Math.min(readPage(params), totalPages)
  const shown = entries.slice((page - 1) * PER_PAGE, page * PER_PAGE)
  const pathFor = (changes: Record<string, string | undefined>) => href(directoryPath({ ...filters, ...changes }))

  return (
    <>
      <PageLanguages locale={locale} path={directoryPath({ ...filters, seite: page > 1 ? String(page) : undefined })} />
      <div className="container">
        <h1>{t.directory.title}</h1>
        <p className="lead">{format(t.directory.lead, { organisations: figures.organisations, countries: figures.countries })}</p>
        <DirectoryFilter filters={filters} counts={counts} locale={locale} />

        <nav className="letters" aria-label={t.directory.letters}>
          <ul>
            <li>
              <Link href={pathFor({ buchstabe: undefined })} aria-current={!filters.buchstabe ? 'page' : undefined}>
                {t.directory.all}
              </Link>
            </li>
            {LETTERS.map((letter) =>
              counts.buchstabe.get(letter) || filters.buchstabe === letter ? (
                <li key={letter}>
                  <Link
                    href={pathFor({ buchstabe: letter })}
                    aria-current={filters.buchstabe === letter ? 'page' : undefined}
                    aria-label={letter === '#' ? t.directory.otherInitials : format(t.directory.letter, { letter })}
                  >
                    {letter}
                  </Link>
                </li>
              ) : null,
            )}
          </ul>
        </nav>

        <h2 className="result-count" role="status">
          {entries.length === 0 ? t.directory.none : count(filtered ? t.directory.countFound : t.directory.count, entries.length)}
        </h2>
        {entries.length === 0 && (
          <p>
            {rich(t.directory.noneHint, { link: <Link href={href('/mitgliedsvereine')}>{t.directory.noneLink}</Link> })}
          </p>
        )}
        <ul className="org-list">
          {shown.map((entry) => (
            <li key={entry.id}>
              <OrganisationCard entry={entry} locale={locale} />
            </li>
          ))}
        </ul>
        <Pagination page={page} totalPages={totalPages} hrefFor={(p) => pathFor({ seite: p > 1 ? String(p) : undefined })} locale={locale} />
        <aside className="box" aria-labelledby="eintragen">
          <h2 id="eintragen">{t.directory.missingHeading}</h2>
          <p>{t.directory.missingText}</p>
          <p>
            <Link className="button" href={href('/mitgliedsvereine/eintragen')}>
              {t.directory.apply}
            </Link>
          </p>
        </aside>
      </div>
    </>
  )
}
