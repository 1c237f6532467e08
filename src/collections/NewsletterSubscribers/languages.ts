/** The languages a reader may have (the site's languages), with the words a list from elsewhere may use for them. */
export const SUBSCRIBER_LANGUAGES = [
  { value: 'de', label: 'Deutsch' },
  { value: 'tr', label: 'Türkçe' },
  { value: 'ar', label: 'العربية' },
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
] as const

const WORDS: Record<string, string> = {
  deutsch: 'de', german: 'de', türkisch: 'tr', turkish: 'tr', türkçe: 'tr', turkce: 'tr', arabisch: 'ar', arabic: 'ar',
  englisch: 'en', english: 'en', russisch: 'ru', russian: 'ru', русский: 'ru', العربية: 'ar',
}

/** "de", "DE", "Deutsch", "de-DE" → "de"; '' → null; anything else → undefined (unknown). */
export function subscriberLanguage(cell: string): string | null | undefined {
  const value = cell.trim().toLowerCase()
  if (!value) return null
  const code = value.split(/[-_]/)[0]
  if (SUBSCRIBER_LANGUAGES.some((l) => l.value === code)) return code
  return WORDS[value]
}
