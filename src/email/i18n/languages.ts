/**
 * The languages migo's readers can choose, without their texts (small enough
 * for client components such as the admin's send panel).
 */

/** The same codes as the content locales in payload.config.ts, German first. */
export const MAIL_LANGUAGES = ['de', 'tr', 'ar', 'en', 'ru'] as const
export type MailLanguage = (typeof MAIL_LANGUAGES)[number]
export const DEFAULT_MAIL_LANGUAGE: MailLanguage = 'de'

/** Each language named in itself, as readers look for theirs in a list. */
export const LANGUAGE_NAMES: Record<MailLanguage, string> = { de: 'Deutsch', tr: 'Türkçe', ar: 'العربية', en: 'English', ru: 'Русский' }

/** The choices of a language select. */
export const MAIL_LANGUAGE_OPTIONS = MAIL_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))
