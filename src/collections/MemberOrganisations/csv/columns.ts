/**
 * The directory as a spreadsheet: one column per field, German headers and
 * values as admins write them (status words, ISO codes, district names).
 * Each column knows how to write a value and how to read it back, so an
 * exported file imports again without any change.
 */
import type { MemberOrganisation } from '@/payload-types'
import { COUNTRY_CODES } from '@/lib/countries'
import { districtName, districtValue, DISTRICT_OPTIONS } from '@/lib/districts'
import { fieldOfActivityLabel, FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_CODES } from '@/lib/languages'
import { checkHttpUrl, EMAIL_MESSAGE, isEmail, isPostalCode, POSTAL_CODE_MESSAGE } from '@/lib/validation'

import { unescapeFormula } from './formulas'

/** The subset of an organisation the spreadsheet carries (the long description stays in the admin). */
export type OrganisationRow = {
  name: string
  slug?: string
  status: MemberOrganisation['status']
  countries: string[]
  community: string
  fields: string[]
  languages: string[]
  district: string | null
  street: string
  postalCode: string
  city: string
  person: string
  email: string
  phone: string
  website: string
  founded: number | null
  memberSince: number | null
  shortDescription: string
  socialLinks: { platform: string; url: string }[]
}

type Read<T> = { value: T } | { error: string }
type Column = { header: string; write: (row: OrganisationRow) => string; read: (cell: string, into: OrganisationRow) => string | null }

const LIST_SEPARATOR = /\s*[;,]\s*/
const list = (cell: string) => cell.split(LIST_SEPARATOR).filter(Boolean)

const STATUS_WORDS: Record<string, MemberOrganisation['status']> = {
  aktiv: 'active',
  active: 'active',
  inaktiv: 'inactive',
  inactive: 'inactive',
  antrag: 'pending',
  pending: 'pending',
}
const STATUS_OUT: Record<MemberOrganisation['status'], string> = { active: 'aktiv', inactive: 'inaktiv', pending: 'Antrag' }
const PLATFORMS = ['facebook', 'instagram', 'youtube', 'tiktok', 'x', 'linkedin', 'telegram', 'whatsapp']
const FIELD_BY_WORD = new Map(FIELDS_OF_ACTIVITY.flatMap((f) => [[f.value, f.value], [f.label.toLowerCase(), f.value]]))
const DISTRICT_BY_WORD = new Map(DISTRICT_OPTIONS.flatMap((d) => [[d.value, d.value], [districtName(d.value).toLowerCase(), d.value]]))

function codes(cell: string, known: Set<string>, what: string, normalise: (c: string) => string): Read<string[]> {
  const values = list(cell).map(normalise)
  const unknown = values.filter((v) => !known.has(v))
  if (unknown.length) return { error: `Unbekannter ${what} „${unknown.join('“, „')}“` }
  return { value: [...new Set(values)] }
}

function year(cell: string, label: string): Read<number | null> {
  if (!cell) return { value: null }
  const value = Number(cell)
  if (!/^\d{4}$/.test(cell) || value < 1900 || value > new Date().getFullYear()) {
    return { error: `${label}: „${cell}“ ist kein Jahr zwischen 1900 und ${new Date().getFullYear()}` }
  }
  return { value }
}

/** A column whose cell is read with `parse` into one field of the row. */
function column<K extends keyof OrganisationRow>(
  header: string,
  key: K,
  write: (value: OrganisationRow[K]) => string,
  parse: (cell: string) => Read<OrganisationRow[K]>,
): Column {
  return {
    header,
    write: (row) => write(row[key]),
    read: (cell, into) => {
      const result = parse(cell)
      if ('error' in result) return result.error
      into[key] = result.value
      return null
    },
  }
}

const text = (max: number, label: string) => (cell: string): Read<string> =>
  cell.length > max ? { error: `${label}: höchstens ${max} Zeichen` } : { value: cell }
const plain = (value: string) => value

export const COLUMNS: Column[] = [
  column('Name', 'name', plain, (cell) => (cell ? text(120, 'Name')(cell) : { error: 'Name fehlt' })),
  column('Kürzel', 'slug', (v) => v ?? '', (cell) => ({ value: cell || undefined })),
  column('Status', 'status', (v) => STATUS_OUT[v], (cell) => {
    const status = STATUS_WORDS[(cell || 'aktiv').toLowerCase()]
    return status ? { value: status } : { error: `Unbekannter Status „${cell}“ (erlaubt: aktiv, inaktiv, Antrag)` }
  }),
  column('Herkunftsländer', 'countries', (v) => v.join('; '), (cell) => codes(cell, COUNTRY_CODES, 'Ländercode', (c) => c.toUpperCase())),
  column('Gemeinschaft', 'community', plain, text(80, 'Gemeinschaft')),
  column('Tätigkeitsfelder', 'fields', (v) => v.map(fieldOfActivityLabel).join('; '), (cell) => {
    const words = list(cell)
    const unknown = words.filter((w) => !FIELD_BY_WORD.has(w.toLowerCase()))
    if (unknown.length) return { error: `Unbekanntes Tätigkeitsfeld „${unknown.join('“, „')}“` }
    return { value: [...new Set(words.map((w) => FIELD_BY_WORD.get(w.toLowerCase())!))] }
  }),
  column('Sprachen', 'languages', (v) => v.join('; '), (cell) => codes(cell, LANGUAGE_CODES, 'Sprachcode', (c) => c.toLowerCase())),
  column('Stadtteil', 'district', (v) => (v ? districtName(v) : ''), (cell) => {
    if (!cell) return { value: null }
    const district = DISTRICT_BY_WORD.get(cell.toLowerCase()) ?? DISTRICT_BY_WORD.get(districtValue(cell))
    return district ? { value: district } : { error: `Unbekannter Stadtteil „${cell}“` }
  }),
  column('Straße', 'street', plain, text(120, 'Straße')),
  column('PLZ', 'postalCode', plain, (cell) => (!cell || isPostalCode(cell) ? { value: cell } : { error: `PLZ „${cell}“: ${POSTAL_CODE_MESSAGE}` })),
  column('Ort', 'city', plain, text(80, 'Ort')),
  column('Ansprechperson', 'person', plain, text(120, 'Ansprechperson')),
  column('E-Mail', 'email', plain, (cell) => (!cell || isEmail(cell) ? { value: cell.toLowerCase() } : { error: `E-Mail „${cell}“: ${EMAIL_MESSAGE}` })),
  column('Telefon', 'phone', plain, text(40, 'Telefon')),
  column('Website', 'website', plain, (cell) => {
    const check = cell ? checkHttpUrl(cell) : true
    return check === true ? { value: cell } : { error: `Website „${cell}“: ${check}` }
  }),
  column('Gegründet', 'founded', (v) => (v ? String(v) : ''), (cell) => year(cell, 'Gegründet')),
  column('Mitglied seit', 'memberSince', (v) => (v ? String(v) : ''), (cell) => year(cell, 'Mitglied seit')),
  column('Kurzbeschreibung', 'shortDescription', plain, text(300, 'Kurzbeschreibung')),
  column('Soziale Medien', 'socialLinks', (v) => v.map((l) => `${l.platform}: ${l.url}`).join('; '), (cell) => {
    const links: OrganisationRow['socialLinks'] = []
    for (const entry of cell.split(/\s*;\s*/).filter(Boolean)) {
      const match = /^([a-zA-Z]+)\s*:\s*(\S+)$/.exec(entry)
      const platform = match?.[1].toLowerCase()
      if (!match || !platform || !PLATFORMS.includes(platform) || checkHttpUrl(match[2]) !== true) {
        return { error: `Soziale Medien: „${entry}“ (Form: „Facebook: https://…“)` }
      }
      links.push({ platform, url: match[2] })
    }
    return { value: links }
  }),
]

export const HEADERS = COLUMNS.map((c) => c.header)

/** An organisation document as a spreadsheet row. */
export function rowOf(doc: MemberOrganisation): OrganisationRow {
  return {
    name: doc.name,
    slug: doc.slug,
    status: doc.status,
    countries: doc.countries ?? [],
    community: doc.community ?? '',
    fields: doc.fields ?? [],
    languages: doc.languages ?? [],
    district: doc.district ?? null,
    street: doc.address?.street ?? '',
    postalCode: doc.address?.postalCode ?? '',
    city: doc.address?.city ?? '',
    person: doc.contact?.person ?? '',
    email: doc.contact?.email ?? '',
    phone: doc.contact?.phone ?? '',
    website: doc.contact?.website ?? '',
    founded: doc.founded ?? null,
    memberSince: doc.memberSince ?? null,
    shortDescription: doc.shortDescription ?? '',
    socialLinks: (doc.socialLinks ?? []).map((l) => ({ platform: l.platform, url: l.url })),
  }
}

/** The document data for a row (what an import writes). */
export function dataOf(row: OrganisationRow, slug: string) {
  return {
    name: row.name,
    slug,
    status: row.status,
    countries: row.countries,
    community: row.community || null,
    fields: row.fields,
    languages: row.languages,
    district: row.district,
    address: { street: row.street || null, postalCode: row.postalCode || null, city: row.city || null },
    contact: { person: row.person || null, email: row.email || null, phone: row.phone || null, website: row.website || null },
    founded: row.founded,
    memberSince: row.memberSince,
    shortDescription: row.shortDescription || null,
    socialLinks: row.socialLinks,
  }
}

/** Reads one spreadsheet row (cells escaped against formulas are read back as written); every problem of the row is reported. */
export function readRow(record: Record<string, string>): { row: OrganisationRow; errors: string[] } {
  const row = { city: '' } as OrganisationRow
  const errors: string[] = []
  for (const col of COLUMNS) {
    const error = col.read(unescapeFormula((record[col.header] ?? '').trim()), row)
    if (error) errors.push(error)
  }
  return { row, errors }
}

/** A row as the cells of the spreadsheet. */
export const cellsOf = (row: OrganisationRow): string[] => COLUMNS.map((c) => c.write(row))
