/**
 * The languages readers choose among. German is the default: its pages keep
 * the addresses they always had; every other language lives under its code
 * (`/tr/aktuelles`), with the same German slugs after the prefix. Payload's
 * content locales (payload.config.ts) use the same codes.
 */
export const LOCALES = ['de', 'tr', 'ar', 'en', 'ru'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'de'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** Each language named in itself, as the language switcher offers it. */
export const NATIVE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  tr: 'Türkçe',
  ar: 'العربية',
  en: 'English',
  ru: 'Русский',
}

/** Writing direction of the page. */
export const dirOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr')

/**
 * The locale for dates and numbers (Intl). English readers here are in Europe:
 * "3 May 2026", not "May 3, 2026". Arabic keeps ICU's default digits for `ar`.
 */
export const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', tr: 'tr-TR', ar: 'ar', en: 'en-GB', ru: 'ru-RU' }

/** Open Graph's `og:locale` (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = { de: 'de_DE', tr: 'tr_TR', ar: 'ar_AR', en: 'en_GB', ru: 'ru_RU' }

/**
 * A public path ("/aktuelles?x=1", German as stored in content and links) in
 * a language: unchanged for German, prefixed otherwise ("/tr/aktuelles?x=1", "/tr").
 * Addresses outside the site (https://…, mailto:) pass unchanged.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith('/') || path.startsWith('//')) return path
  return path === '/' ? `/${locale}` : /^\/[?#]/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`
}

/** The language a public path is in and the path without its prefix: "/tr/aktuelles" → tr, "/aktuelles". */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=[/?#]|$)/.exec(path)
  if (!match || !isLocale(match[1]) || match[1] === DEFAULT_LOCALE) return { locale: DEFAULT_LOCALE, path }
  const rest = path.slice(3)
  return { locale: match[1], path: rest.startsWith('/') ? rest : `/${rest}` }
}

/** `lang` and `dir` for text in another language than the page's (a German title on a Turkish page); nothing otherwise. */
export const languageOf = (text: Locale, page: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } =>
  text === page ? {} : { lang: text, dir: dirOf(text) }
