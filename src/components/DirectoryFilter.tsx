import Link from 'next/link'

import type { DirectoryFilters, DirectoryResult } from '@/content/directory'
import { countryName } from '@/lib/countries'
import { BOROUGHS, districtValue } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { languageName } from '@/lib/languages'

import { AutoSubmitForm } from './AutoSubmitForm.client'

type Option = { value: string; label: string }
type Props = { filters: DirectoryFilters; counts: DirectoryResult['counts'] }

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'de')

/** Options that would show something (plus the chosen one), each with its count. */
function withCounts(options: Option[], counts: Map<string, number>, chosen?: string) {
  return options
    .filter((o) => counts.get(o.value) || o.value === chosen)
    .map((o) => ({ ...o, label: `${o.label} (${counts.get(o.value) ?? 0})` }))
}

/** Options for values known only from the data (countries, languages): those present, plus the chosen one, A–Z. */
function optionsFromData(counts: Map<string, number>, chosen: string | undefined, labelOf: (value: string) => string) {
  const values = [...new Set([...counts.keys(), ...(chosen ? [chosen] : [])])]
  return withCounts(values.map((value) => ({ value, label: labelOf(value) })).sort(byLabel), counts, chosen)
}

function Select({ name, label, all, options, chosen }: { name: string; label: string; all: string; options: Option[]; chosen?: string }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={chosen ?? ''}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The directory's search and filters as a plain GET form: works without script, URLs can be shared. */
export function DirectoryFilter({ filters, counts }: Props) {
  return (
    <AutoSubmitForm action="/mitgliedsvereine" method="get" role="search" className="directory-filter" aria-label="Vereine suchen und filtern">
      <div className="field field--wide">
        <label htmlFor="filter-q">Name oder Stichwort</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} />
      </div>
      <Select name="land" label="Herkunftsland" all="Alle Länder" options={optionsFromData(counts.land, filters.land, countryName)} chosen={filters.land} />
      <Select name="feld" label="Tätigkeitsfeld" all="Alle Felder" options={withCounts(FIELDS_OF_ACTIVITY, counts.feld, filters.feld)} chosen={filters.feld} />
      <div className="field">
        <label htmlFor="filter-stadtteil">Stadtteil</label>
        <select id="filter-stadtteil" name="stadtteil" defaultValue={filters.stadtteil ?? ''}>
          <option value="">Ganz Essen</option>
          {BOROUGHS.map(({ borough, districts }) => {
            const options = withCounts(
              districts.map((d) => ({ value: districtValue(d), label: d })),
              counts.stadtteil,
              filters.stadtteil,
            )
            return options.length ? (
              <optgroup key={borough} label={borough}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : null
          })}
        </select>
      </div>
      <Select name="sprache" label="Sprache" all="Alle Sprachen" options={optionsFromData(counts.sprache, filters.sprache, languageName)} chosen={filters.sprache} />
      {filters.buchstabe && <input type="hidden" name="buchstabe" value={filters.buchstabe} />}
      <div className="field field--actions">
        <button type="submit">Anzeigen</button>
        <Link href="/mitgliedsvereine">Alle Filter zurücksetzen</Link>
      </div>
    </AutoSubmitForm>
  )
}
