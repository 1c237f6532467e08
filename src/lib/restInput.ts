/**
 * Checks of REST requests that Payload leaves to chance: bodies it would crash
 * on (not an object, nested deeper than any document) and filter operators no
 * field of ours supports (the geo operators throw inside Payload). Each
 * returns a German message for a 400, or null when the request may go on.
 */

/** Deeper than any document of ours (a rich-text body nests a few levels per list). */
const MAX_JSON_DEPTH = 64
/** Geo operators: there is no point field on this site. */
const UNSUPPORTED_OPERATOR = /\[(near|within|intersects)\]/i

export const BAD_JSON_MESSAGE = 'Die gesendeten Daten sind kein gültiges JSON-Objekt.'
export const UNSUPPORTED_FILTER_MESSAGE = 'Dieser Filter wird nicht unterstützt.'

/** Nesting depth of a JSON text, counted without parsing it (so a 50,000-deep body cannot exhaust the stack). */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, (depth += 1))
    else if (char === '}' || char === ']') depth -= 1
  }
  return deepest
}

/** A JSON body must be one object of reasonable depth. */
export function problemWithJsonBody(text: string): string | null {
  if (!text.trim()) return null
  if (nestingDepth(text) > MAX_JSON_DEPTH) return BAD_JSON_MESSAGE
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? null : BAD_JSON_MESSAGE
  } catch {
    return BAD_JSON_MESSAGE
  }
}

/** The query string of a REST request asks for an operator no field supports. */
export function problemWithQuery(url: string): string | null {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  let decoded = query
  try {
    decoded = decodeURIComponent(query)
  } catch {
    // Undecodable: test it as it is (the front server refuses such addresses before they get here).
  }
  return UNSUPPORTED_OPERATOR.test(decoded) ? UNSUPPORTED_FILTER_MESSAGE : null
}
