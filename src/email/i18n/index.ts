/**
 * The languages migo's readers can choose, and each one's mail texts. German
 * is the default and what an issue falls back to where it is not translated.
 */
import { dirOf, localizedPath } from '../../i18n/locales'
import { ar } from './ar'
import { de } from './de'
import { en } from './en'
import { ru } from './ru'
import { tr } from './tr'
import { DEFAULT_MAIL_LANGUAGE, MAIL_LANGUAGES, type MailLanguage } from './languages'
import type { MailTexts } from './types'

export type { MailTexts, MigoTopic } from './types'
export * from './languages'

const TEXTS: Record<MailLanguage, MailTexts> = { de, tr, ar, en, ru }

export const isMailLanguage = (value: unknown): value is MailLanguage => typeof value === 'string' && (MAIL_LANGUAGES as readonly string[]).includes(value)

/** A stored or posted value as a language; anything unknown reads as German. */
export const mailLanguageOf = (value: unknown): MailLanguage => (isMailLanguage(value) ? value : DEFAULT_MAIL_LANGUAGE)

export const mailTexts = (language: MailLanguage): MailTexts => TEXTS[language]

export const textDirection = (language: MailLanguage): 'rtl' | 'ltr' => dirOf(language)

/**
 * A public page in a reader's language: German at today's paths, the others
 * under their prefix with the same path (/tr/aktuelles/…), as the site
 * addresses its translations (src/i18n/locales.ts).
 */
export const readerPath = (language: MailLanguage, path: string): string => localizedPath(path, language)

/** A date and time in the reader's language, in Essen's time ("2. Dezember 2026 um 14:05"). */
export const formatMailDateTime = (language: MailLanguage, date: Date): string =>
  new Intl.DateTimeFormat(TEXTS[language].intlLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date)

/** "November 2026" in the reader's language, for the month an instant falls in, in Essen. */
export const formatMailMonth = (language: MailLanguage, iso: string): string =>
  new Intl.DateTimeFormat(TEXTS[language].intlLocale, { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date(iso))
