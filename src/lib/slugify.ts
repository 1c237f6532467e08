/**
 * URL slugs from German titles: ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped
 * (é→e, ş→s), everything else that is not a-z or 0-9 becomes a hyphen.
 * Titles in other scripts (Arabic, Cyrillic) give an empty slug; callers fall back.
 */
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' }
const MAX_LENGTH = 80

export function slugify(text: string): string {
  return text
    .replace(/[äöüßÄÖÜẞ]/g, (char) => GERMAN[char])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents
    .replace(/ı/g, 'i') // Turkish dotless i has no decomposition
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/g, '')
}

/** A slug is lower-case a–z, 0–9 and single hyphens; pages may nest with "/". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const PATH_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/
