/**
 * The address a public page is cached and rendered under: only the query
 * parameters its route reads, first value each, in a fixed order. Anything
 * else (`utm_source`, `fbclid`, a share button's extras, a typo) is stripped
 * before Next renders, so it neither splits the cache nor changes the page.
 */

/** The query parameters each public route reads; a route not listed reads none. */
const ROUTE_PARAMETERS: { path: RegExp; parameters: readonly string[] }[] = [
  { path: /^\/suche$/, parameters: ['q', 'seite'] },
  { path: /^\/mitgliedsvereine$/, parameters: ['q', 'land', 'feld', 'stadtteil', 'sprache', 'buchstabe', 'seite'] },
  { path: /^\/feed\.xml$/, parameters: ['kategorie'] },
  { path: /^\/termine(?:\/archiv)?$/, parameters: ['kategorie', 'veranstalter', 'seite'] },
]
/** Language prefixes (/tr/suche reads what /suche reads). */
const LANGUAGE_PREFIX = /^\/(?:de|tr|ar|en|ru)(?=\/|$)/

export function canonicalUrl(url: string): string {
  const question = url.indexOf('?')
  if (question < 0) return url
  const path = url.slice(0, question)
  const route = ROUTE_PARAMETERS.find((r) => r.path.test(path.replace(LANGUAGE_PREFIX, '') || '/'))
  if (!route) return path
  const given = new URLSearchParams(url.slice(question + 1))
  const kept = new URLSearchParams()
  for (const name of route.parameters) {
    const value = given.get(name)
    if (value !== null) kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `${path}?${query}` : path
}
