/**
 * Which translations of an article or page exist, and which are older than
 * the German text, as the admin's lists show them.
 *
 * - A translation exists when its title and body are filled in that language
 *   (read without falling back to German).
 * - It is older when the German title or body was changed after it. Payload
 *   keeps no time per language, so `textChangedAt` (a hidden localized field,
 *   src/fields/translationStatus.ts) records when each language's title or
 *   body last changed. A translation without a time but a German text with
 *   one was last changed before times were kept, so before the German: older.
 */
import { richTextHasText } from './richText'

/** The languages editors translate into, as the admin names them. */
export const TRANSLATION_LOCALES = [
  { code: 'tr', label: 'Türkisch' },
  { code: 'ar', label: 'Arabisch' },
  { code: 'en', label: 'Englisch' },
  { code: 'ru', label: 'Russisch' },
] as const
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number]['code']
export type TranslationState = 'current' | 'outdated' | 'missing'

type PerLocale<T> = Partial<Record<string, T | null>> | null | undefined
/** A document read with `locale: 'all'`: each localized field is an object by language. */
export type AllLocales = { title?: PerLocale<string>; body?: PerLocale<unknown>; textChangedAt?: PerLocale<string> }

export function translationStates(doc: AllLocales): { locale: TranslationLocale; label: string; state: TranslationState }[] {
  const germanChangedAt = doc.textChangedAt?.de ?? null
  return TRANSLATION_LOCALES.map(({ code, label }) => {
    const filled = Boolean(doc.title?.[code]?.trim()) && richTextHasText(doc.body?.[code])
    if (!filled) return { locale: code, label, state: 'missing' }
    const changedAt = doc.textChangedAt?.[code] ?? null
    const outdated = germanChangedAt !== null && (changedAt === null || new Date(germanChangedAt).getTime() > new Date(changedAt).getTime())
    return { locale: code, label, state: outdated ? 'outdated' : 'current' }
  })
}
