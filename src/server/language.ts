/**
 * Which language a request is in, and the address Next renders it at.
 *
 * The whole public site lives under `src/app/(frontend)/[locale]/`. German
 * keeps its addresses: `/aktuelles` is rendered as `/de/aktuelles`; the other
 * languages come with their prefix (`/tr/aktuelles`) and are rendered as they
 * are. `/de/…` from outside is not an address of the site: a 301 leads to the
 * German address without the prefix, so every page has exactly one URL.
 * The admin, the API, Next's own files, previews, the links in mails and the
 * files at the root are no pages in a language and pass unchanged.
 *
 * Pure functions of the URL: the front server (src/server/index.ts) maps every
 * request before its page cache computes the key, and `next dev` does the same
 * in src/proxy.ts.
 */
import { DEFAULT_LOCALE, isLocale, splitLocale, type Locale } from '../i18n/locales'

/** The request header that tells the app (and the dev proxy) the language a mapped request is in. */
export const LANGUAGE_HEADER = 'x-evi-language'

const UNLOCALIZED =
  /^\/(?:admin|api|_next|preview|newsletter\/(?:anmelden|bestaetigen|abmelden))(?=[/?]|$)|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|icon\.png|og-default\.png)(?=\?|$)/

export type LanguageRoute =
  /** Not a page in a language: leave the request as it is. */
  | { kind: 'unlocalized' }
  /** `/de/…`: answer with a 301 to `location`. */
  | { kind: 'redirect'; location: string }
  /** A public page: render `url`; `path` is its public path without the language prefix and query. */
  | { kind: 'page'; locale: Locale; url: string; path: string }

const pathnameOf = (url: string) => url.split(/[?#]/, 1)[0] || '/'

export function routeLanguage(url: string): LanguageRoute {
  if (!url.startsWith('/') || url.startsWith('//') || UNLOCALIZED.test(url)) return { kind: 'unlocalized' }
  const pathname = pathnameOf(url)
  const query = url.slice(pathname.length)
  const prefix = /^\/([a-z]{2})(?=\/|$)/.exec(pathname)?.[1]
  // One address per page: "/de/…" leads to the German address, "/aktuelles/" to "/aktuelles".
  const canonical = (prefix === DEFAULT_LOCALE ? pathname.slice(3) : pathname).replace(/\/+$/, '') || '/'
  if (prefix === DEFAULT_LOCALE || canonical !== pathname) return { kind: 'redirect', location: `${canonical}${query}` }
  if (isLocale(prefix)) return { kind: 'page', locale: prefix, url, path: splitLocale(pathname).path }
  return { kind: 'page', locale: DEFAULT_LOCALE, url: pathname === '/' ? `/de${query}` : `/de${url}`, path: pathname }
}

/**
 * The same mapping for a request that may already have been mapped (the dev
 * proxy behind nothing, or behind the front server): `/de/…` is taken as
 * already mapped. Null when the request needs no change.
 */
export function internalUrl(url: string): { url: string; locale: Locale } | null {
  const prefix = /^\/([a-z]{2})(?=[/?#]|$)/.exec(url)?.[1]
  if (prefix === DEFAULT_LOCALE) return { url, locale: DEFAULT_LOCALE }
  const route = routeLanguage(url)
  return route.kind === 'page' ? { url: route.url, locale: route.locale } : null
}

/**
 * Maps a request in place for Next (its URL and the language header, which no
 * client can set) and returns the route; a redirect is left for the caller to send.
 */
export function mapRequestLanguage(req: { url?: string; headers: Record<string, string | string[] | undefined> }): LanguageRoute {
  const route = routeLanguage(req.url ?? '/')
  delete req.headers[LANGUAGE_HEADER]
  if (route.kind === 'page') {
    req.url = route.url
    req.headers[LANGUAGE_HEADER] = route.locale
  }
  return route
}
