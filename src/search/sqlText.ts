/** SQL text helpers shared by the search column (schema.ts) and the search queries (sources.ts). */
export { HIGHLIGHT_END, HIGHLIGHT_START } from './query'

/** Only the words of a Lexical body, as a JSON array: every `text` value, not node types or formats. */
export const lexicalWords = (column: string) => `jsonb_path_query_array(coalesce(${column}, '{}'::jsonb), 'strict $.**.text')`

/** The same words as one plain string, for snippets. */
export const lexicalWordsText = (column: string) =>
  `(select string_agg(w #>> '{}', ' ') from jsonb_array_elements(${lexicalWords(column)}) as w)`
