import Link from 'next/link'

import type { DirectoryEntry } from '@/content/directory'
import { i18n } from '@/i18n'
import { languageOf, type Locale } from '@/i18n/locales'
import { countryName } from '@/lib/countries'
import { districtName } from '@/lib/districts'
import { organisationPath } from '@/lib/paths'

type OriginProps = { countries?: string[] | null; community?: string | null; communityLanguage: Locale; locale: Locale }

/** "Türkei, Kurdisch": countries of origin (named in the reader's language) and the community label. */
export function Origin({ countries, community, communityLanguage, locale }: OriginProps) {
  const names = (countries ?? []).map((code) => countryName(code, locale)).join(', ')
  if (!community) return names || null
  return (
    <>
      {names && `${names}, `}
      <span {...languageOf(communityLanguage, locale)}>{community}</span>
    </>
  )
}

/** Essen's districts keep their German names in every language (set apart in other scripts). */
export const DistrictName = ({ value, locale }: { value: string; locale: Locale }) => (
  <span {...languageOf('de', locale)}>{districtName(value)}</span>
)

/** The name of a field of activity in the reader's language. */
export const fieldLabel = (value: string, locale: Locale): string => (i18n(locale).t.fields as Record<string, string>)[value] ?? value

/** One organisation in the directory list. */
export function OrganisationCard({ entry, locale }: { entry: DirectoryEntry; locale: Locale }) {
  const origin = Boolean(entry.countries?.length || entry.community)
  return (
    <article className="org-card">
      {/* Names are proper names, mostly German: `dir="auto"` keeps them whole inside Arabic text. */}
      <h2 className="org-card__name" dir="auto">
        <Link href={i18n(locale).href(organisationPath(entry.slug))}>{entry.name}</Link>
      </h2>
      <p className="meta">
        {origin && (
          <Origin countries={entry.countries} community={entry.community} communityLanguage={entry.textLanguages.community} locale={locale} />
        )}
        {origin && entry.district && ' · '}
        {entry.district && <DistrictName value={entry.district} locale={locale} />}
      </p>
      {entry.fields?.length ? <p className="tags">{entry.fields.map((field) => fieldLabel(field, locale)).join(' · ')}</p> : null}
      {entry.shortDescription && (
        <p className="org-card__text" {...languageOf(entry.textLanguages.shortDescription, locale)}>
          {entry.shortDescription}
        </p>
      )}
    </article>
  )
}
