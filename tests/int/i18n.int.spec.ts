/**
 * The interface texts (src/i18n/<lang>.ts): every language has every German
 * text — a failure lists the missing keys —, keeps the values each text puts
 * in, and has the plural forms its grammar needs; a missing text shows in German.
 */
import { describe, expect, it } from 'vitest'

import { i18n, missingTexts, TRANSLATIONS, withGermanFallback } from '@/i18n'
import { de } from '@/i18n/de'
import { INTL_LOCALE, LOCALES } from '@/i18n/locales'
import { isPlural, type Plural } from '@/i18n/plural'

type Tree = { [key: string]: string | Plural | Tree }

/** Every text of a tree by its dotted key; a plural as its forms. */
function leaves(tree: Tree, prefix = ''): [string, string | Plural][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || isPlural(value) ? [[prefix + key, value] as [string, string | Plural]] : leaves(value, `${prefix}${key}.`),
  )
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const formsOf = (value: string | Plural) => (isPlural(value) ? Object.entries(value).filter(([k]) => k !== 'plural').map(([, v]) => v as string) : [value])

describe.each(LOCALES.filter((locale) => locale !== 'de'))('%s', (locale) => {
  const translation = TRANSLATIONS[locale]

  it('has every text German has (missing keys are listed)', () => {
    expect(missingTexts(translation)).toEqual([])
  })

  it('puts in the same values as German, in each form', () => {
    const german = new Map(leaves(de as unknown as Tree))
    const wrong = leaves(translation as unknown as Tree).flatMap(([key, value]) => {
      const expected = placeholders(formsOf(german.get(key)!)[0])
      return formsOf(value)
        .filter((form) => JSON.stringify(placeholders(form).filter((p) => p !== 'n')) !== JSON.stringify(expected.filter((p) => p !== 'n')))
        .map((form) => `${key}: "${form}" (German puts in ${expected.join(', ') || 'nothing'})`)
    })
    expect(wrong).toEqual([])
  })

  it('has the plural forms its grammar needs', () => {
    const needed = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions().pluralCategories
    const lacking = leaves(translation as unknown as Tree)
      .filter(([, value]) => isPlural(value))
      .flatMap(([key, value]) => needed.filter((category) => !(category in (value as Plural))).map((category) => `${key}.${category}`))
    expect(lacking).toEqual([])
  })
})

describe('fallback and formatting', () => {
  it('shows German for a text a language lacks', () => {
    const partial = withGermanFallback({ site: { search: 'Arama' } })
    expect(partial.site.search).toBe('Arama')
    expect(partial.site.skipLink).toBe('Zum Hauptinhalt springen')
    expect(partial.archive.count).toBe(de.archive.count)
    expect(missingTexts({ site: { search: 'Arama' } })).toContain('site.skipLink')
  })

  it('chooses the plural form of each language and writes the number its way', () => {
    expect(i18n('de').count(de.archive.count, 1)).toBe('1 Beitrag')
    expect(i18n('de').count(de.archive.count, 1200)).toBe('1.200 Beiträge')
    const ru = i18n('ru')
    expect([1, 3, 5, 21].map((n) => ru.count(ru.t.archive.count, n))).toEqual(['1 статья', '3 статьи', '5 статей', '21 статья'])
    const ar = i18n('ar')
    expect([1, 2, 3, 11, 100].map((n) => ar.count(ar.t.archive.count, n))).toEqual(['مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال'])
    expect(i18n('en').count(i18n('en').t.search.count, 2, { query: 'Essen' })).toBe('2 results for “Essen”')
  })

  it('builds addresses in the language', () => {
    expect(i18n('tr').href('/aktuelles')).toBe('/tr/aktuelles')
    expect(i18n('de').href('/aktuelles')).toBe('/aktuelles')
    expect(i18n('ar').dir).toBe('rtl')
  })
})
