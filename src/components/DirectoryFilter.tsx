import Link from 'next/link'

import type { DirectoryFilters, DirectoryResult } from '@/content/directory'
import { i18n } from '@/i18n'
import { compareNames } from '@/i18n/collator'
import type { Locale } from '@/i18n/locales'
import { countryName } from '@/lib/countries'
import { BOROUGHS, districtValue } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { languageName } from '@/lib/languages'

import { AutoSubmitForm } from './AutoSubmitForm.client'
import { fieldLabel } from './OrganisationCard'

type Option = { value: string; label: string }
type Props = { filters: DirectoryFilters; counts: DirectoryResult['counts']; locale: Locale }

/** Options that would show something (plus the chosen one), each with its count. */
function withCounts(options: Option[], counts: Map<string, number>, chosen: string | undefined, number: (n: number) => string) {
  return options
    .filter((o) => counts.get(o.value) || o.value === chosen)
    .map((o) => ({ ...o, label: `${o.label} (${number(counts.get(o.value) ?? 0)})` }))
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

/**
 * The directory's search and filters as a plain GET form: works without
 * script, URLs can be shared. Countries and languages are named in the
 * reader's language (Intl.DisplayNames) and sorted by those names; districts
 * keep their German names.
 */
export function DirectoryFilter({ filters, counts, locale }: Props) {
  const { t, href, number } = i18n(locale)
  const compare = compareNames(locale)
  const byLabel = (a: Option, b: Option) => compare(a.label, b.label)
  /** Options for values known only from the data (countries, languages): those present, plus the chosen one, A–Z in the reader's language. */
  const fromData = (counted: Map<string, number>, chosen: string | undefined, labelOf: (value: string) => string) => {
    const values = [...new Set([...counted.keys(), ...(chosen ? [chosen] : [])])]
    return withCounts(values.map((value) => ({ value, label: labelOf(value) })).sort(byLabel), counted, chosen, number)
  }
  const fields = FIELDS_OF_ACTIVITY.map((f) => ({ value: f.value, label: fieldLabel(f.value, locale) }))
  const action = href('/mitgliedsvereine')
  return (
    <AutoSubmitForm action={action} method="get" role="search" className="directory-filter" aria-label={t.directory.form}>
      <div className="field field--wide">
        <label htmlFor="filter-q">{t.directory.query}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} dir="auto" />
      </div>
      <Select
        name="land"
        label={t.directory.country}
        all={t.directory.allCountries}
        options={fromData(counts.land, filters.land, (code) => countryName(code, locale))}
        chosen={filters.land}
      />
      <Select
        name="feld"
        label={t.directory.field}
        all={t.directory.allFields}
        options={withCounts(fields, counts.feld, filters.feld, number)}
        chosen={filters.feld}
      />
      <div className="field">
        <label htmlFor="filter-stadtteil">{t.directory.district}</label>
        <select id="filter-stadtteil" name="stadtteil" defaultValue={filters.stadtteil ?? ''}>
          <option value="">{t.directory.allDistricts}</option>
          {BOROUGHS.map(({ borough, districts }) => {
            const options = withCounts(
              districts.map((d) => ({ value: districtValue(d), label: d })),
              counts.stadtteil,
              filters.stadtteil,
              number,
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
      <Select
        name="sprache"
        label={t.directory.language}
        all={t.directory.allLanguages}
        options={fromData(counts.sprache, filters.sprache, (code) => languageName(code, locale))}
        chosen={filters.sprache}
      />
      {filters.buchstabe && <input type="hidden" name="buchstabe" value={filters.buchstabe} />}
      <div className="field field--actions">
        <button type="submit">{t.directory.show}</button>
        <Link href={action}>{t.directory.reset}</Link>
      </div>
    </AutoSubmitForm>
  )
}
