/** Longest query text looked at; the rest is ignored rather than refused. */
export const MAX_QUERY_LENGTH = 200
const MAX_WORDS = 8
const MAX_WORD_LENGTH = 40

/**
 * Turns what a reader typed into a tsquery: the words (letters and digits of
 * any script) joined with AND, each as a prefix so that a word also finds its
 * longer forms where the stemmer falls short ("Sprachkurs" → "Sprachkurse").
 * Everything else (quotes, operators, punctuation) is dropped, so no input can
 * make the query malformed. Returns null when no word is left.
 */
export function toPrefixTsquery(input: string): string | null {
  const words = input
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  if (!words) return null
  const unique = [...new Set(words.map((w) => w.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_WORDS)
  return unique.map((word) => `${word}:*`).join(' & ')
}

/** Marks around the matching words in a snippet; rendered as <mark> without trusting the text as HTML. */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'
