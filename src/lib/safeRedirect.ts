/**
 * Where the site may send a browser when the address comes from the request
 * (a preview target, the way back after a preview or a form): only a path of
 * this site. The one check every such redirect goes through.
 */

const SITE = 'http://site.invalid'
/** Control characters and whitespace: browsers drop tabs and line breaks inside URLs, so "/\t/x" becomes "//x". */
// eslint-disable-next-line no-control-regex -- exactly the characters a browser would strip or misread
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/
const MAX_LENGTH = 2000

/**
 * The value as a path of this site (with its query, without a fragment), or
 * `fallback`. Refused: anything not starting with one "/", backslashes (read as
 * "/" by browsers: "/\evil.example" leaves the site), whitespace and control
 * characters, and any path that normalises to "//…" (such as "/..//evil.example").
 */
export function safeLocalPath<F extends string | null>(value: unknown, fallback: F): string | F {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || UNSAFE_CHARACTERS.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, SITE)
  } catch {
    return fallback
  }
  if (url.origin !== SITE || url.pathname.startsWith('//')) return fallback
  return `${url.pathname}${url.search}`
}
