import { createHash } from 'node:crypto'
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * The security headers of every answer, and the Content-Security-Policy per kind
 * of answer:
 *
 * - public pages (and every other HTML answer outside the admin) are cached and
 *   served to everyone, so a nonce per answer cannot work: their inline scripts
 *   and styles are allowed by their sha256 hashes, computed from the finished
 *   HTML (and kept with a cached page). Scripts otherwise only from this origin.
 * - the admin is never cached: its inline scripts carry a fresh nonce, which Next
 *   reads from the request's CSP header and puts on every script it writes.
 *   Payload's admin sets inline style attributes, so its styles allow 'unsafe-inline'.
 * - anything else (API JSON, media files, feeds, assets) may run nothing at all.
 *
 * Everything may be framed only by this site (live preview frames public pages
 * inside /admin).
 */

export type SecurityOptions = { https: boolean }

/** Headers every answer carries, whatever it is. */
export function baseSecurityHeaders({ https }: SecurityOptions): OutgoingHttpHeaders {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
    // For browsers without CSP frame-ancestors.
    'x-frame-options': 'SAMEORIGIN',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

export function applyBaseSecurityHeaders(res: ServerResponse, options: SecurityOptions): void {
  for (const [name, value] of Object.entries(baseSecurityHeaders(options))) res.setHeader(name, value as string)
}

const policy = (directives: Record<string, string>, { https }: SecurityOptions): string =>
  [...Object.entries(directives).map(([name, value]) => `${name} ${value}`), ...(https ? ['upgrade-insecure-requests'] : [])].join('; ')

/** Answers that are not documents (JSON, files, feeds): nothing may run, nothing may frame them but us. */
export const nonDocumentCsp = (options: SecurityOptions): string =>
  policy({ 'default-src': "'none'", 'img-src': "'self'", 'style-src': "'self'", 'frame-ancestors': "'self'" }, options)

const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/gi
/** JSON-LD and other data blocks are never run; only script types a browser executes need a hash. */
const EXECUTABLE_TYPE = /^\s*(?:|text\/javascript|application\/javascript|module)\s*$/i
const typeOf = (attributes: string) => /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? ''

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hash sources of an HTML document's inline scripts and styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [, attributes, content] of html.matchAll(INLINE_SCRIPT)) {
    if (EXECUTABLE_TYPE.test(typeOf(attributes))) scripts.add(sha256(content))
  }
  for (const [, , content] of html.matchAll(INLINE_STYLE)) styles.add(sha256(content))
  return { scripts: [...scripts], styles: [...styles] }
}

/** The policy of a public HTML document: only its own inline scripts and styles, by hash. */
export function documentCsp(html: string, options: SecurityOptions): string {
  const { scripts, styles } = inlineHashes(html)
  return policy(
    {
      'default-src': "'self'",
      'script-src': ["'self'", ...scripts].join(' '),
      'style-src': ["'self'", ...styles].join(' '),
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
    },
    options,
  )
}

/** The admin's policy: scripts by this request's nonce (Next adds it to its scripts), styles inline allowed. */
export function adminCsp(nonce: string, options: SecurityOptions): string {
  return policy(
    {
      'default-src': "'self'",
      'script-src': `'self' 'nonce-${nonce}'`,
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'frame-src': "'self'",
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
    },
    options,
  )
}
