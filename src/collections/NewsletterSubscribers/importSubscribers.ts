/**
 * Imports an existing migo subscriber list from CSV (columns: e-mail, name,
 * language, consent date, consent source; German headers accepted).
 * - An address with a consent record (date and source) counts as confirmed,
 *   and the record is kept as evidence.
 * - Every other new address gets the double opt-in mail (src/forms/newsletterSignup.ts)
 *   and stays unconfirmed until its owner confirms.
 * - Known addresses are left alone — nobody gets a second mail on a re-import,
 *   and an unsubscribed reader is never subscribed again by a list.
 * Bad rows are reported with their row number and skipped; `dryRun` only checks.
 */
import type { Payload } from 'payload'

import { DEFAULT_MAIL_LANGUAGE, isMailLanguage } from '@/email/i18n'
import { requestConfirmation } from '@/forms/newsletterSignup'
import { parseCsv } from '@/lib/csvRead'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'

import { subscriberLanguage } from './languages'

export type SubscriberImportReport = {
  confirmed: number
  invited: number
  unchanged: number
  errors: { row: number; message: string }[]
  applied: boolean
}

/** Accepted header words per column (compared lower-case, without spaces, hyphens and underscores). */
const HEADERS = {
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'adresse'],
  name: ['name', 'vollständigername', 'empfänger'],
  language: ['language', 'sprache', 'lang'],
  consentDate: ['consentdate', 'einwilligungsdatum', 'einwilligungam', 'einwilligung', 'datumdereinwilligung', 'optin', 'optindatum', 'bestätigtam'],
  consentSource: ['consentsource', 'einwilligungsquelle', 'quelle', 'quelledereinwilligung', 'herkunft', 'optinquelle'],
} as const
type Column = keyof typeof HEADERS

const key = (header: string) => header.toLowerCase().replace(/[\s\-_]/g, '')
const FIRST_DATA_ROW = 2
export const MAX_SUBSCRIBER_ROWS = 20_000
/** The consent record of an imported address names where it came from. */
export const IMPORT_SOURCE_PREFIX = 'Import der bisherigen Liste'

/** "2023-04-01", "01.04.2023", "1.4.2023 14:05" → ISO instant (Europe/Berlin is near enough for a day), or null. */
function readDate(cell: string): string | null | undefined {
  if (!cell) return null
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(cell)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/.exec(cell)
  const [year, month, day, hour, minute] = german
    ? [german[3], german[2], german[1], german[4], german[5]]
    : iso
      ? [iso[1], iso[2], iso[3], iso[4], iso[5]]
      : []
  if (!year) return undefined
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 12), Number(minute ?? 0)))
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day) || date.getTime() > Date.now()) return undefined
  return date.toISOString()
}

type Row = { line: number; email: string; name: string | null; language: string | null; consentDate: string | null; consentSource: string | null }

function readRows(records: Record<string, string>[], errors: SubscriberImportReport['errors']): Row[] {
  const headers = Object.keys(records[0] ?? {})
  const columnOf = (column: Column) => headers.find((h) => (HEADERS[column] as readonly string[]).includes(key(h)))
  const columns = Object.fromEntries((Object.keys(HEADERS) as Column[]).map((c) => [c, columnOf(c)])) as Record<Column, string | undefined>
  if (!columns.email) {
    errors.push({ row: 1, message: 'Keine Spalte „E-Mail“ gefunden (erwartet: E-Mail, Name, Sprache, Einwilligungsdatum, Einwilligungsquelle).' })
    return []
  }
  const seen = new Map<string, number>()
  return records.flatMap((record, index) => {
    const line = index + FIRST_DATA_ROW
    const cell = (column: Column) => (columns[column] ? (record[columns[column]!] ?? '').trim() : '')
    const email = cell('email').toLowerCase()
    const problems: string[] = []
    if (!email) problems.push('E-Mail-Adresse fehlt')
    else if (!isEmail(email)) problems.push(`„${email}“: ${EMAIL_MESSAGE}`)
    const language = subscriberLanguage(cell('language'))
    if (language === undefined) problems.push(`Unbekannte Sprache „${cell('language')}“ (erlaubt: de, tr, ar, en, ru)`)
    const consentDate = readDate(cell('consentDate'))
    if (consentDate === undefined) problems.push(`Einwilligungsdatum „${cell('consentDate')}“ ist kein gültiges Datum (z. B. 01.04.2023)`)
    if (cell('name').length > 120) problems.push('Name: höchstens 120 Zeichen')
    const earlier = seen.get(email)
    if (email && earlier) problems.push(`Doppelt (auch in Zeile ${earlier})`)
    else if (email) seen.set(email, line)
    if (problems.length) {
      errors.push({ row: line, message: problems.join('; ') })
      return []
    }
    return [{ line, email, name: cell('name') || null, language: language ?? null, consentDate: consentDate ?? null, consentSource: cell('consentSource') || null }]
  })
}

export async function importSubscribersCsv(payload: Payload, text: string, { dryRun }: { dryRun: boolean }): Promise<SubscriberImportReport> {
  const report: SubscriberImportReport = { confirmed: 0, invited: 0, unchanged: 0, errors: [], applied: false }
  const parsed = parseCsv(text)
  if ('error' in parsed) return { ...report, errors: [{ row: 0, message: parsed.error }] }
  if (parsed.records.length > MAX_SUBSCRIBER_ROWS) return { ...report, errors: [{ row: 0, message: `Die Datei hat mehr als ${MAX_SUBSCRIBER_ROWS} Zeilen.` }] }
  const rows = readRows(parsed.records, report.errors)

  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { email: { in: rows.map((r) => r.email) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const known = new Map(docs.map((doc) => [doc.email, doc]))

  for (const row of rows) {
    const existing = known.get(row.email)
    const hasConsent = Boolean(row.consentDate && row.consentSource)
    if (existing && (existing.status !== 'pending' || !hasConsent)) {
      // Confirmed stays confirmed, unsubscribed stays unsubscribed, and a waiting address already has its link.
      report.unchanged += 1
      continue
    }
    if (hasConsent) report.confirmed += 1
    else report.invited += 1
    if (dryRun) continue
    try {
      if (hasConsent) {
        const consent = {
          wording: `${IMPORT_SOURCE_PREFIX}: Einwilligung laut Liste am ${row.consentDate!.slice(0, 10)} über „${row.consentSource}“.`,
          source: row.consentSource,
          signedUpAt: row.consentDate,
          signedUpIp: null,
          confirmedAt: row.consentDate,
          confirmedIp: null,
          unsubscribedAt: null,
        }
        const data = { status: 'confirmed' as const, name: row.name, language: row.language ?? DEFAULT_MAIL_LANGUAGE, consent, confirmTokenHash: null, confirmTokenExpiresAt: null }
        if (existing) await payload.update({ collection: 'newsletter-subscribers', id: existing.id, data: data as never, depth: 0, overrideAccess: true })
        else await payload.create({ collection: 'newsletter-subscribers', data: { email: row.email, ...data } as never, depth: 0, overrideAccess: true })
      } else {
        await requestConfirmation(payload, {
          email: row.email,
          source: IMPORT_SOURCE_PREFIX,
          clientIp: 'Import',
          language: isMailLanguage(row.language) ? row.language : DEFAULT_MAIL_LANGUAGE,
          extra: { name: row.name },
        })
      }
    } catch (error) {
      payload.logger.error({ err: error, row: row.line }, 'Importing a migo subscriber failed')
      if (hasConsent) report.confirmed -= 1
      else report.invited -= 1
      report.errors.push({ row: row.line, message: `Nicht importiert: ${error instanceof Error ? error.message : String(error)}` })
    }
  }
  report.applied = !dryRun
  return report
}
