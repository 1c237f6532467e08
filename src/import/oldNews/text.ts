/** Small text helpers shared by the feed and page readers. */

/** The old site's path of an address ("https://www.evi-essen.de/a/b.html?x" → "/a/b.html"); null when it is none. */
export function pathOf(address: string | null | undefined): string | null {
  if (!address) return null
  try {
    return new URL(address, 'https://alte-website.invalid').pathname
  } catch {
    return null
  }
}

/** uid and slug from the old article address form "/start/verbund-news/article/<slug>/<id>.html". */
export function idAndSlugOf(path: string | null): { oldId: string | null; oldSlug: string | null } {
  const match = path ? /\/article\/([^/]+)\/(\d+)\.html$/.exec(path) : null
  if (match) return { oldSlug: match[1], oldId: match[2] }
  const last = path?.split('/').filter(Boolean).at(-1)?.replace(/\.html$/, '')
  return { oldId: null, oldSlug: last || null }
}

/** "Quelle: Stadt Essen, www.essen.de" → label and a link when the line names a web address. */
export function readSource(line: string): { label: string; url: string | null } | null {
  const label = line.replace(/^\s*Quelle:\s*/i, '').trim()
  if (!label) return null
  const web = /\b((?:https?:\/\/)?(?:www\.)[^\s,;]+|https?:\/\/[^\s,;]+)/i.exec(label)?.[1]
  return { label, url: web ? (web.startsWith('http') ? web : `https://${web}`) : null }
}

/** "Caption text. © Name, Stadt Essen" → caption and credit. */
export function splitCredit(text: string | null | undefined): { caption: string | null; credit: string | null } {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim()
  const at = clean.indexOf('©')
  if (at < 0) return { caption: clean || null, credit: null }
  return { caption: clean.slice(0, at).trim() || null, credit: clean.slice(at).trim() }
}

/** Categories as the old site listed them: the filter „Alle“ is not one. */
export const realCategories = (names: string[]): string[] => [...new Set(names.map((n) => n.trim()).filter((n) => n && n.toLowerCase() !== 'alle'))]

/**
 * Takes the „Quelle: …“ line off the end of a body (its own last paragraph,
 * or the tail of the last paragraph on pages without paragraph breaks).
 */
export function takeSourceLine(body: Element): { label: string; url: string | null } | null {
  const last = Array.from(body.querySelectorAll('p')).at(-1)
  const text = last?.textContent ?? ''
  const at = text.lastIndexOf('Quelle:')
  if (!last || at < 0 || text.length - at > 200) return null
  const source = readSource(text.slice(at))
  const rest = text.slice(0, at).trim()
  if (!rest) last.remove()
  else last.textContent = rest
  return source
}
