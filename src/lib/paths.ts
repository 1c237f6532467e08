/** Public paths of the site, shared by pages, links, previews, the feed and the sitemap. */
export const articlePath = (slug: string) => `/aktuelles/nachrichten/${slug}`
export const pagePath = (slug: string) => `/${slug}`
export const organisationPath = (slug: string) => `/mitgliedsvereine/${slug}`
export const migoIssuePath = (slug: string) => `/migo/${slug}`

/**
 * Leichte Sprache: the plain-language version of a page is a page of its own
 * at "/leichte-sprache" + the page's path ("/leichte-sprache/ueber-uns" for
 * "/ueber-uns", "/leichte-sprache/migo" for the migo sign-up).
 */
export const EASY_LANGUAGE_PREFIX = '/leichte-sprache'
export const easyLanguagePath = (path: string) => (path === '/' ? EASY_LANGUAGE_PREFIX : `${EASY_LANGUAGE_PREFIX}${path}`)
/** The page a Leichte-Sprache page explains, or null when `path` is none. */
export const explainedPath = (path: string): string | null =>
  path === EASY_LANGUAGE_PREFIX ? '/' : path.startsWith(`${EASY_LANGUAGE_PREFIX}/`) ? path.slice(EASY_LANGUAGE_PREFIX.length) : null

/** "Aktuelles": all or one category, page 1 without a page segment (one URL per page). */
export function newsListPath({ category, page = 1 }: { category?: string | null; page?: number }): string {
  const base = category ? `/aktuelles/kategorie/${category}` : '/aktuelles'
  return page > 1 ? `${base}/seite/${page}` : base
}

export const archivePath = (year?: number, month?: number) =>
  year && month ? `/aktuelles/archiv/${year}/${String(month).padStart(2, '0')}` : '/aktuelles/archiv'

export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('seite', String(page))
  return `/suche?${params}`
}

export const feedPath = (category?: string | null) => (category ? `/feed.xml?kategorie=${category}` : '/feed.xml')

/** migo sign-up and the links in its mails (route handlers under src/app/(frontend)/newsletter/). */
export const NEWSLETTER_PATHS = {
  signup: '/newsletter/anmelden',
  confirm: '/newsletter/bestaetigen',
  unsubscribe: '/newsletter/abmelden',
  thanks: '/newsletter/danke',
  confirmed: '/newsletter/bestaetigt',
  invalidLink: '/newsletter/link-ungueltig',
  unsubscribed: '/newsletter/abgemeldet',
} as const
export const confirmSubscriptionPath = (token: string) => `${NEWSLETTER_PATHS.confirm}?token=${encodeURIComponent(token)}`
export const unsubscribePath = (token: string) => `${NEWSLETTER_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`
/**
 * Where a subscriber chooses the language of their mails, with the same token
 * as the unsubscribe link of that mail. Under /newsletter/anmelden/ because the
 * front server's page cache never keeps that path (its answer names the reader).
 */
export const changeLanguagePath = (token: string) => `/newsletter/anmelden/sprache?token=${encodeURIComponent(token)}`

/** The draft-preview entry point: it checks the login, switches draft mode on and redirects. */
export const previewUrl = (path: string) => `/preview?path=${encodeURIComponent(path)}`

/** The site's public origin, for canonical URLs, feeds and social previews. */
export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
/** Whether the site is served over https (HSTS, secure cookies, upgrade-insecure-requests). */
export const siteIsHttps = (): boolean => siteUrl().startsWith('https://')
export const absoluteUrl = (path: string): string => (/^https?:\/\//.test(path) ? path : `${siteUrl()}${path}`)

/** A path on this site ("/aktuelles/…"): lower-case slug characters, never "//" (that would leave the site). */
export const isSitePath = (value: string): boolean => /^\/(?!\/)[a-z0-9\-/]*$/.test(value) && !value.includes('//')

/** The directory with a set of filters, empty ones left out (shareable, bookmarkable). */
export function directoryPath(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  const query = params.toString()
  return query ? `/mitgliedsvereine?${query}` : '/mitgliedsvereine'
}

/** Termine: the list, one event, its calendar file, and the feed of coming events (route handlers under src/app/(frontend)/[locale]/termine/). */
export const EVENTS_PATH = '/termine'
export const eventPath = (slug: string) => `/termine/${slug}`
export const eventCalendarPath = (slug: string) => `/termine/${slug}/kalender.ics`
export const EVENTS_FEED_PATH = '/termine/kalender.ics'

/** Projekte and Dokumente. */
export const PROJECTS_PATH = '/projekte'
export const projectPath = (slug: string) => `/projekte/${slug}`
export const DOCUMENTS_PATH = '/dokumente'

/** The contact form of /kontakt (a form editors build, found by this slug). */
export const CONTACT_FORM_SLUG = 'kontakt'

/** The events list (or its archive) with filters and page, empty ones left out (shareable, one cache key per view). */
export const EVENTS_ARCHIVE_PATH = '/termine/archiv'
export function eventsListPath({ archive = false, category, organiser, page = 1 }: { archive?: boolean; category?: string; organiser?: string; page?: number }): string {
  const params = new URLSearchParams()
  if (category) params.set('kategorie', category)
  if (organiser) params.set('veranstalter', organiser)
  if (page > 1) params.set('seite', String(page))
  const query = params.toString()
  const base = archive ? EVENTS_ARCHIVE_PATH : EVENTS_PATH
  return query ? `${base}?${query}` : base
}
export const eventRegistrationPath = (slug: string) => `/termine/${slug}/anmelden`
export const contactSubmitPath = '/kontakt/absenden'
export const contactThanksPath = '/kontakt/danke'
