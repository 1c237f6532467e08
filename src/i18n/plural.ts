/**
 * A text that depends on a number, in the forms a language needs, named by
 * Intl.PluralRules' categories (German and English: one, other; Russian: one,
 * few, many, other; Arabic: zero, one, two, few, many, other). `{n}` is the number.
 */
export type Plural = {
  readonly plural: true
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

export const plural = (forms: Omit<Plural, 'plural'>): Plural => ({ plural: true, ...forms })

export const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && (value as { plural?: unknown }).plural === true
