import { slugify } from './slugify'

/** Essen's 50 city districts (Stadtteile), grouped by the 9 boroughs (Stadtbezirke). */
export const BOROUGHS = [
  { borough: 'Stadtbezirk I', districts: ['Stadtkern', 'Ostviertel', 'Nordviertel', 'Westviertel', 'Südviertel', 'Südostviertel', 'Huttrop', 'Frillendorf'] },
  { borough: 'Stadtbezirk II', districts: ['Rüttenscheid', 'Rellinghausen', 'Bergerhausen', 'Stadtwald'] },
  { borough: 'Stadtbezirk III', districts: ['Altendorf', 'Frohnhausen', 'Holsterhausen', 'Fulerum', 'Haarzopf', 'Margarethenhöhe'] },
  { borough: 'Stadtbezirk IV', districts: ['Schönebeck', 'Bedingrade', 'Frintrop', 'Dellwig', 'Gerschede', 'Borbeck-Mitte', 'Bochold', 'Bergeborbeck'] },
  { borough: 'Stadtbezirk V', districts: ['Altenessen-Nord', 'Altenessen-Süd', 'Karnap', 'Vogelheim'] },
  { borough: 'Stadtbezirk VI', districts: ['Stoppenberg', 'Katernberg', 'Schonnebeck'] },
  { borough: 'Stadtbezirk VII', districts: ['Steele', 'Kray', 'Freisenbruch', 'Horst', 'Leithe'] },
  { borough: 'Stadtbezirk VIII', districts: ['Heisingen', 'Kupferdreh', 'Byfang', 'Überruhr-Hinsel', 'Überruhr-Holthausen', 'Burgaltendorf'] },
  { borough: 'Stadtbezirk IX', districts: ['Werden', 'Heidhausen', 'Fischlaken', 'Kettwig', 'Schuir', 'Bredeney'] },
] as const

export type District = (typeof BOROUGHS)[number]['districts'][number]

/** Options for the admin select: stored value is the district's slug, the label names the borough too. */
export const DISTRICT_OPTIONS = BOROUGHS.flatMap(({ borough, districts }) =>
  districts.map((district) => ({ value: districtValue(district), label: `${district} (${borough})` })),
)

export function districtValue(district: string): string {
  return slugify(district)
}

const DISTRICT_BY_VALUE = new Map(
  BOROUGHS.flatMap(({ borough, districts }) => districts.map((district) => [districtValue(district), { district, borough }] as const)),
)

/** "Altenessen-Süd" for the stored value "altenessen-sued" (the value itself when unknown). */
export const districtName = (value: string): string => DISTRICT_BY_VALUE.get(value)?.district ?? value
/** "Stadtbezirk V" for a district's stored value. */
export const boroughOf = (value: string): string | undefined => DISTRICT_BY_VALUE.get(value)?.borough
