import { keptPerKey } from '@/cache/contentVersion'
import { dependencyTags, recordDependency, type ChangeReach } from '@/cache/dependencies'
import { LOCALES, type Locale } from '@/i18n/locales'
import { COUNTRY_CODES } from '@/lib/countries'
import { DISTRICT_OPTIONS } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_CODES } from '@/lib/languages'
import type { Media, MemberOrganisation } from '@/payload-types'

import { recordImage } from './dependencies'
import { payloadClient } from './payload'
import { matchingOrganisationIds } from './search'
import { inReaderLanguage } from './translations'

/** What the directory list needs of an organisation (no long description). */
export type DirectoryEntry = Pick<
  MemberOrganisation,
  'id' | 'name' | 'slug' | 'shortDescription' | 'countries' | 'community' | 'fields' | 'languages' | 'district'
> & {
  logo?: Media | number | null
  /** The language the short description and the community are shown in (German where the reader's is missing). */
  textLanguages: { shortDescription: Locale; community: Locale }
}

async function loadEntries(locale: Locale): Promise<DirectoryEntry[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'member-organisations',
    pagination: false,
    depth: 1,
    sort: 'name',
    select: { name: true, slug: true, shortDescription: true, countries: true, community: true, fields: true, languages: true, district: true, logo: true },
    overrideAccess: false,
    locale,
    fallbackLocale: 'de',
  })
  return (await inReaderLanguage(payload, 'member-organisations', docs, ['shortDescription', 'community'], locale)) as DirectoryEntry[]
}

/** Any change of an organisation or of an image (a logo) may change the directory. */
function touchesDirectory(change: ChangeReach): boolean {
  return Boolean(change.tags?.some((tag) => tag === dependencyTags.organisationsAll || tag.startsWith('media:')))
}

const keptEntries = keptPerKey(LOCALES, loadEntries, touchesDirectory)

/**
 * Every public organisation, A–Z, with its texts in the reader's language.
 * The directory is a few hundred entries: read once per language and kept in
 * memory until a change touches it (any filter combination is then answered
 * without the database), filtered per request.
 */
export async function listDirectoryEntries(locale: Locale): Promise<DirectoryEntry[]> {
  const entries = await keptEntries(locale)
  recordDependency(dependencyTags.organisationsAll)
  for (const entry of entries) recordImage(entry.logo)
  return entries
}

export type DirectoryFigures = { organisations: number; countries: number }

/** "70 Vereine aus 28 Herkunftsländern", counted live from the public directory. */
export async function getDirectoryFigures(locale: Locale): Promise<DirectoryFigures> {
  const entries = await listDirectoryEntries(locale)
  return { organisations: entries.length, countries: new Set(entries.flatMap((e) => e.countries ?? [])).size }
}

/** The directory's filters, as they appear in its URL (`?land=TR&feld=sport`). */
export type DirectoryFilters = {
  q?: string
  land?: string
  feld?: string
  stadtteil?: string
  sprache?: string
  buchstabe?: string
}
export const FILTER_KEYS = ['q', 'land', 'feld', 'stadtteil', 'sprache', 'buchstabe'] as const

/** The values each filter can take; anything else in a URL is no filter (a typo, an old link, a probe). */
const KNOWN_VALUES: Record<Exclude<(typeof FILTER_KEYS)[number], 'q'>, (value: string) => boolean> = {
  land: (value) => COUNTRY_CODES.has(value),
  sprache: (value) => LANGUAGE_CODES.has(value),
  feld: (value) => FIELDS_OF_ACTIVITY.some((field) => field.value === value),
  stadtteil: (value) => DISTRICT_OPTIONS.some((district) => district.value === value),
  buchstabe: (value) => /^[A-Z#]$/.test(value),
}

/** The directory's filters from a URL's query: the first value of each, known values only, the search at most 200 characters. */
export function readDirectoryFilters(params: Record<string, string | string[] | undefined>): DirectoryFilters {
  const filters: DirectoryFilters = {}
  for (const key of FILTER_KEYS) {
    const raw = params[key]
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200)
    if (value && (key === 'q' || KNOWN_VALUES[key](value))) filters[key] = value
  }
  return filters
}
type Facet = Exclude<keyof DirectoryFilters, 'q'>

/** A–Z by the first letter of the name; umlauts sort with their vowel, anything else under "#". */
export function initialOf(name: string): string {
  const letter = name.trim().charAt(0).toUpperCase().normalize('NFD').charAt(0)
  return /[A-Z]/.test(letter) ? letter : '#'
}

const valuesOf: Record<Facet, (entry: DirectoryEntry) => readonly string[]> = {
  land: (e) => e.countries ?? [],
  feld: (e) => e.fields ?? [],
  stadtteil: (e) => (e.district ? [e.district] : []),
  sprache: (e) => e.languages ?? [],
  buchstabe: (e) => [initialOf(e.name)],
}
const FACETS = Object.keys(valuesOf) as Facet[]

export type DirectoryResult = {
  entries: DirectoryEntry[]
  /** For each filter, how many organisations each value would show given the other filters. */
  counts: Record<Facet, Map<string, number>>
}

/**
 * The directory for a set of filters: the matching organisations and, per
 * filter, the count each option would give combined with the others (so a
 * reader never picks an option that shows nothing).
 */
export async function searchDirectory(filters: DirectoryFilters, locale: Locale): Promise<DirectoryResult> {
  const [all, textMatches] = await Promise.all([listDirectoryEntries(locale), filters.q ? matchingOrganisationIds(filters.q, locale) : null])
  const candidates = textMatches ? all.filter((e) => textMatches.has(e.id)) : all
  const passes = (entry: DirectoryEntry, except?: Facet) =>
    FACETS.every((facet) => facet === except || !filters[facet] || valuesOf[facet](entry).includes(filters[facet]!))

  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as DirectoryResult['counts']
  for (const entry of candidates) {
    for (const facet of FACETS) {
      if (!passes(entry, facet)) continue
      for (const value of new Set(valuesOf[facet](entry))) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
    }
  }
  return { entries: candidates.filter((entry) => passes(entry)), counts }
}
