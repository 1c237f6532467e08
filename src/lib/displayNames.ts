import { compareNames } from '@/i18n/collator'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'

/**
 * Display names for ISO codes in each reader's language, from the runtime's
 * ICU data (no name lists to maintain). The admin uses the German ones.
 */
export function displayNames(type: 'region' | 'language', codes: string[]) {
  const names = new Map<Locale, Intl.DisplayNames>()
  const sorted = new Map<Locale, { value: string; label: string }[]>()
  const nameOf = (code: string, locale: Locale = 'de'): string => {
    let display = names.get(locale)
    if (!display) names.set(locale, (display = new Intl.DisplayNames([INTL_LOCALE[locale]], { type })))
    try {
      return display.of(code) ?? code
    } catch {
      // Not a code at all (Intl throws RangeError): shown as it is.
      return code
    }
  }
  /** Select options sorted by their name in that language (Ä sorts with A in German). */
  const options = (locale: Locale = 'de') => {
    let list = sorted.get(locale)
    if (!list) {
      list = codes.map((value) => ({ value, label: nameOf(value, locale) })).sort((a, b) => compareNames(locale)(a.label, b.label))
      sorted.set(locale, list)
    }
    return list
  }
  return { nameOf, options, codes: new Set(codes) }
}
