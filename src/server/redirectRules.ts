/**
 * The redirect table as the front server answers it: exact old addresses and
 * patterns with simple wildcards and named parts, compiled once per change of
 * the table, matched per request without touching the database.
 *
 * Pattern language (no regular expressions typed by admins):
 * - `*` matches any run of characters, slashes included (at most one per rule);
 * - `:name` matches one path segment or the part of it up to the next literal
 *   (`/article/:slug/:id.html`);
 * - everything else is literal, dots included.
 * The target may use the same `:name` parts and `*`.
 *
 * Which rule wins: an exact address, then the pattern with the most literal
 * characters (the most specific; on a tie, one without `*`), then the older row.
 */

export type RedirectRow = { from: string; to: string }
export type RedirectMatcher = { match: (pathname: string) => string | null; size: number }

const NAME = /^[a-zA-Z][a-zA-Z0-9_]*/

type Token = { kind: 'literal'; text: string } | { kind: 'name'; name: string } | { kind: 'splat' }

/** Splits a pattern into literal text, named parts and the wildcard. */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = []
  let literal = ''
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i]
    const name = char === ':' ? NAME.exec(pattern.slice(i + 1))?.[0] : undefined
    if (char === '*' || name) {
      if (literal) tokens.push({ kind: 'literal', text: literal })
      literal = ''
      if (name) {
        tokens.push({ kind: 'name', name })
        i += name.length
      } else tokens.push({ kind: 'splat' })
    } else literal += char
  }
  if (literal) tokens.push({ kind: 'literal', text: literal })
  return tokens
}

export const isPattern = (from: string): boolean => tokenize(from).some((token) => token.kind !== 'literal')

/**
 * Why a `from`/`to` pair cannot work, in German, or null. Shared by the
 * collection's validation and the compiler (which skips such rows).
 */
export function checkRule(from: string, to: string | null): string | null {
  const tokens = tokenize(from)
  const names = tokens.flatMap((t) => (t.kind === 'name' ? [t.name] : []))
  if (tokens.filter((t) => t.kind === 'splat').length > 1) return 'Bitte höchstens ein * je Adresse.'
  if (new Set(names).size !== names.length) return 'Jeder benannte Teil (z. B. :slug) darf nur einmal vorkommen.'
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i].kind !== 'literal' && tokens[i - 1].kind !== 'literal') return 'Zwischen zwei Platzhaltern muss fester Text stehen, z. B. „:slug/:id.html“.'
  }
  if (to === null) return null
  const used = tokenize(to)
  for (const token of used) {
    if (token.kind === 'name' && !names.includes(token.name)) return `Die neue Adresse verwendet „:${token.name}“, die alte Adresse enthält es nicht.`
    if (token.kind === 'splat' && !tokens.some((t) => t.kind === 'splat')) return 'Die neue Adresse verwendet *, die alte Adresse enthält keinen *.'
  }
  return null
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Trailing slashes do not count ("/alt/" is "/alt"), except for the home page. */
export const normalisePath = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path)

function decodePath(raw: string): string | null {
  try {
    return normalisePath(decodeURIComponent(raw))
  } catch {
    return null
  }
}

type CompiledPattern = { regex: RegExp; to: Token[]; literalLength: number; splat: boolean; order: number }

function compilePattern(from: string, to: string, order: number): CompiledPattern {
  const tokens = tokenize(normalisePath(from))
  const source = tokens
    .map((token) => (token.kind === 'literal' ? escapeRegExp(token.text) : token.kind === 'name' ? `(?<${token.name}>[^/]+?)` : '(?<__splat>.*)'))
    .join('')
  return {
    regex: new RegExp(`^${source}$`),
    to: tokenize(to),
    literalLength: tokens.reduce((sum, t) => sum + (t.kind === 'literal' ? t.text.length : 0), 0),
    splat: tokens.some((t) => t.kind === 'splat'),
    order,
  }
}

/**
 * The target with the request's parts put in, or null when the result would
 * not be a plain path of this site (a part containing "//", "\\" or "..",
 * which could lead off the site).
 */
function fill(to: Token[], groups: Record<string, string>): string | null {
  const path = to.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'name' ? groups[t.name] : groups.__splat)).join('')
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || /(^|\/)\.\.(\/|$)/.test(path)) return null
  return encodeURI(normalisePath(path.replace(/\/{2,}/g, '/')))
}

/** The first segment of a pattern when it is literal: requests are only tried against patterns that can match them. */
const firstSegment = (path: string) => path.split('/')[1] ?? ''

export function compileRedirects(rows: RedirectRow[]): RedirectMatcher {
  const exact = new Map<string, string>()
  const bySegment = new Map<string, CompiledPattern[]>()
  const anySegment: CompiledPattern[] = []
  rows.forEach((row, order) => {
    if (!row.from?.startsWith('/') || !row.to || checkRule(row.from, row.to)) return
    if (!isPattern(row.from)) {
      if (!exact.has(normalisePath(row.from))) exact.set(normalisePath(row.from), row.to)
      return
    }
    const compiled = compilePattern(row.from, row.to, order)
    const head = tokenize(normalisePath(row.from))[0]
    const segment = head?.kind === 'literal' ? firstSegment(head.text) : ''
    // A literal first segment must be complete ("/start/…", not "/sta*").
    if (head?.kind === 'literal' && head.text.includes('/', 1)) {
      bySegment.set(segment, [...(bySegment.get(segment) ?? []), compiled])
    } else anySegment.push(compiled)
  })
  const bySpecificity = (a: CompiledPattern, b: CompiledPattern) => b.literalLength - a.literalLength || Number(a.splat) - Number(b.splat) || a.order - b.order
  for (const list of bySegment.values()) list.sort(bySpecificity)
  anySegment.sort(bySpecificity)

  return {
    size: rows.length,
    match(rawPathname) {
      const path = decodePath(rawPathname)
      if (path === null) return null
      const target = exact.get(path)
      if (target) return encodeURI(target)
      const own = bySegment.get(firstSegment(path)) ?? []
      const candidates = anySegment.length === 0 ? own : own.length === 0 ? anySegment : [...own, ...anySegment].sort(bySpecificity)
      for (const pattern of candidates) {
        const found = pattern.regex.exec(path)
        if (found) return fill(pattern.to, found.groups ?? {})
      }
      return null
    },
  }
}
