import { messagesFor } from '@/i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales'

/**
 * What the sign-up form shows next to its checkbox, in the form's language
 * (src/i18n/<lang>.ts, `newsletter.consent`). The same text is stored with
 * every sign-up as the consent record, taken from the same place: the form
 * and the record can never disagree.
 */
export const consentWording = (locale: Locale): string => messagesFor(locale).newsletter.consent

/** The German wording. */
export const CONSENT_WORDING = consentWording(DEFAULT_LOCALE)

/**
 * The form field that says which language the sign-up form was shown in: its
 * answers and the wording recorded follow it (the mails' language is the
 * reader's own choice, `language`).
 */
export const FORM_LOCALE_FIELD = 'locale'

/** The language a posted public form was shown in (German when missing or unknown). */
export function formLocale(form: FormData): Locale {
  const value = form.get(FORM_LOCALE_FIELD)
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** Field labels for the answer without script (src/forms/answer.ts), in the form's language. */
export const newsletterLabels = (locale: Locale): Record<string, string> => messagesFor(locale).newsletter.labels

/** The German labels. */
export const NEWSLETTER_LABELS: Record<string, string> = newsletterLabels(DEFAULT_LOCALE)
