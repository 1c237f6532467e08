/**
 * The public site's interface texts: one file per language (de.ts, tr.ts,
 * ar.ts, en.ts, ru.ts). German is complete by definition; any text another
 * language lacks is taken from German (and `missingTexts` lists it, see
 * tests/int/i18n.int.spec.ts). Pages get everything they need for a
 * language from `i18n(locale)`: texts, links, dates, numbers, names.
 */
import { ar } from './ar'
import { de } from './de'
import { en } from './en'
import { DEFAULT_LOCALE, dirOf, INTL_LOCALE, localizedPath, type Locale } from './locales'
import { isPlural, type Plural } from './plural'
import { ru } from './ru'
import { tr } from './tr'

export type Messages = typeof de
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string | Plural ? T[K] : DeepPartial<T[K]> }
/** What a language file provides: any part of the German texts. */
export type Translation = DeepPartial<Messages>

export const TRANSLATIONS: Record<Locale, Translation> = { de, tr, ar, en, ru }

type Tree = { [key: string]: string | Plural | Tree }

function withFallback(base: Tree, translation: Tree | undefined): Tree {
  const result: Tree = {}
  for (const [key, value] of Object.entries(base)) {
    const own = translation?.[key]
    result[key] = typeof value === 'string' || isPlural(value) ? (own ?? value) : withFallback(value, own as Tree | undefined)
  }
  return result
}

/** A language's texts with German for whatever it lacks. */
export const withGermanFallback = (translation: Translation): Messages =>
  withFallback(de as unknown as Tree, translation as Tree) as unknown as Messages

/** The dotted keys of German texts that `translation` does not have. */
export function missingTexts(translation: Translation, base: Tree = de as unknown as Tree, prefix = ''): string[] {
  return Object.entries(base).flatMap(([key, value]) => {
    const own = (translation as Tree | undefined)?.[key]
    const path = prefix + key
    if (typeof value === 'string' || isPlural(value)) return own === undefined ? [path] : []
    return missingTexts(own as Translation, value, `${path}.`)
  })
}

/** Puts values into `{name}` places; numbers as the language writes them. */
export function format(template: string, values: Record<string, string | number> = {}, locale: Locale = DEFAULT_LOCALE): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? numberFormats[locale].format(value) : value
  })
}

const numberFormats = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([locale, intl]) => [locale, new Intl.NumberFormat(intl)]),
) as Record<Locale, Intl.NumberFormat>
const pluralRules = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([locale, intl]) => [locale, new Intl.PluralRules(intl)]),
) as Record<Locale, Intl.PluralRules>

export type I18n = {
  locale: Locale
  dir: 'ltr' | 'rtl'
  t: Messages
  /** A site path in this language ("/aktuelles" → "/tr/aktuelles"). */
  href: (path: string) => string
  format: (template: string, values?: Record<string, string | number>) => string
  /** The form of `forms` for `n`, with `{n}` and other values put in. */
  count: (forms: Plural, n: number, values?: Record<string, string | number>) => string
  number: (n: number) => string
}

function build(locale: Locale): I18n {
  const t = locale === DEFAULT_LOCALE ? de : withGermanFallback(TRANSLATIONS[locale])
  return {
    locale,
    dir: dirOf(locale),
    t,
    href: (path) => localizedPath(path, locale),
    format: (template, values) => format(template, values, locale),
    count: (forms, n, values = {}) => format(forms[pluralRules[locale].select(n) as keyof Plural] as string ?? forms.other, { ...values, n }, locale),
    number: (n) => numberFormats[locale].format(n),
  }
}

const built = new Map<Locale, I18n>()

/** Everything a page needs for one language (built once per language). */
export function i18n(locale: Locale): I18n {
  let entry = built.get(locale)
  if (!entry) built.set(locale, (entry = build(locale)))
  return entry
}

export const messagesFor = (locale: Locale): Messages => i18n(locale).t
