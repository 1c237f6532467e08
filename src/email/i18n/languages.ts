/**
 * The languages migo's readers can choose, without their texts (small enough
 * for client components such as the admin's send panel): the site's
 * languages (src/i18n/locales.ts), German first.
 */
import { DEFAULT_LOCALE, LOCALES, NATIVE_NAMES, type Locale } from '../../i18n/locales'

/** The same codes as the content locales in payload.config.ts, German first. */
export const MAIL_LANGUAGES = LOCALES
export type MailLanguage = Locale
export const DEFAULT_MAIL_LANGUAGE: MailLanguage = DEFAULT_LOCALE

/** Each language named in itself, as readers look for theirs in a list. */
export const LANGUAGE_NAMES: Record<MailLanguage, string> = NATIVE_NAMES

/** The choices of a language select. */
export const MAIL_LANGUAGE_OPTIONS = MAIL_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))
