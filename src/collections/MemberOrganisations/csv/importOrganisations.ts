import type { Payload, PayloadRequest } from 'payload'

import type { MemberOrganisation } from '@/payload-types'
import { parseCsv } from '@/lib/csvRead'
import { slugify } from '@/lib/slugify'

import { cellsOf, dataOf, HEADERS, readRow, rowOf, type OrganisationRow } from './columns'

export type RowError = { row: number; message: string }
export type ImportReport = { errors: RowError[]; created: number; updated: number; unchanged: number; applied: boolean }

/** Rows are numbered as the spreadsheet shows them: the header is row 1. */
const FIRST_DATA_ROW = 2
/** A directory of a few hundred entries; a far larger file is a mistake. */
export const MAX_ROWS = 5000

type Planned = { line: number; row: OrganisationRow; slug: string; existing: MemberOrganisation | null }

/**
 * Imports the directory from CSV, all or nothing. Every row is checked first
 * and each problem reported with its row number; only a file without problems
 * is applied, in one transaction. Rows are matched to existing organisations
 * by slug ("Kürzel"), else by name; a row equal to what is stored changes
 * nothing, so importing the same file twice changes nothing the second time.
 */
export async function importOrganisationsCsv(payload: Payload, text: string, { dryRun, req }: { dryRun: boolean; req?: Partial<PayloadRequest> }): Promise<ImportReport> {
  const report: ImportReport = { errors: [], created: 0, updated: 0, unchanged: 0, applied: false }
  const parsed = parseCsv(text)
  if ('error' in parsed) return { ...report, errors: [{ row: 0, message: parsed.error }] }
  if (parsed.records.length === 0) return { ...report, errors: [{ row: 0, message: 'Die Datei enthält keine Vereine.' }] }
  if (parsed.records.length > MAX_ROWS) return { ...report, errors: [{ row: 0, message: `Höchstens ${MAX_ROWS} Zeilen pro Datei.` }] }
  const unknownHeaders = Object.keys(parsed.records[0]).filter((h) => !HEADERS.includes(h))
  if (!('Name' in parsed.records[0])) return { ...report, errors: [{ row: 1, message: 'Die Spalte „Name“ fehlt in der Kopfzeile.' }] }
  if (unknownHeaders.length) {
    return { ...report, errors: [{ row: 1, message: `Unbekannte Spalte „${unknownHeaders.join('“, „')}“ (erlaubt: ${HEADERS.join(', ')}).` }] }
  }

  const { docs: existingDocs } = await payload.find({
    collection: 'member-organisations',
    pagination: false,
    depth: 0,
    locale: 'de',
    overrideAccess: true,
    req,
  })
  const bySlug = new Map(existingDocs.map((doc) => [doc.slug, doc]))
  const byName = new Map(existingDocs.map((doc) => [doc.name.trim().toLowerCase(), doc]))

  const plan: Planned[] = []
  const seenSlugs = new Map<string, number>()
  parsed.records.forEach((record, index) => {
    const line = index + FIRST_DATA_ROW
    const { row, errors } = readRow(record)
    for (const message of errors) report.errors.push({ row: line, message })
    if (!row.name) return
    const slugMatch = row.slug ? bySlug.get(row.slug) : undefined
    const nameMatch = byName.get(row.name.trim().toLowerCase())
    if (slugMatch && nameMatch && slugMatch.id !== nameMatch.id) {
      report.errors.push({ row: line, message: `Kürzel „${row.slug}“ gehört zu „${slugMatch.name}“, der Name zu einem anderen Verein („${nameMatch.slug}“)` })
      return
    }
    const existing = slugMatch ?? nameMatch ?? null
    const slug = row.slug || existing?.slug || slugify(row.name)
    if (!slug) {
      report.errors.push({ row: line, message: `Aus dem Namen „${row.name}“ lässt sich kein Kürzel bilden; bitte eines angeben.` })
      return
    }
    if (row.slug && row.slug !== slugify(row.slug)) report.errors.push({ row: line, message: `Kürzel „${row.slug}“: nur a–z, Ziffern und Bindestriche` })
    const owner = bySlug.get(slug)
    if (owner && owner.id !== existing?.id) report.errors.push({ row: line, message: `Kürzel „${slug}“ gehört schon zu „${owner.name}“` })
    const earlier = seenSlugs.get(slug)
    if (earlier) report.errors.push({ row: line, message: `Doppeltes Kürzel „${slug}“ (auch in Zeile ${earlier})` })
    else seenSlugs.set(slug, line)
    plan.push({ line, row, slug, existing })
  })
  if (report.errors.length > 0) return report

  const changes = plan.filter(({ row, slug, existing }) => {
    if (!existing) return true
    const same = JSON.stringify(cellsOf({ ...row, slug })) === JSON.stringify(cellsOf(rowOf(existing)))
    if (same) report.unchanged += 1
    return !same
  })
  for (const { existing } of changes) {
    if (existing) report.updated += 1
    else report.created += 1
  }
  if (dryRun || changes.length === 0) return report

  const transactionID = await payload.db.beginTransaction()
  const txReq = { ...req, payload, transactionID: transactionID ?? undefined } as PayloadRequest
  try {
    for (const { line, row, slug, existing } of changes) {
      const data = { ...dataOf(row, slug), _status: 'published' as const }
      try {
        if (existing) {
          await payload.update({ collection: 'member-organisations', id: existing.id, data: data as never, locale: 'de', req: txReq, overrideAccess: true })
        } else {
          await payload.create({ collection: 'member-organisations', data: data as never, locale: 'de', req: txReq, overrideAccess: true })
        }
      } catch (error) {
        throw new RowFailure(line, error)
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    report.applied = true
    return report
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    const line = error instanceof RowFailure ? error.line : 0
    payload.logger.error({ err: error, row: line }, 'Directory import failed; nothing was imported')
    return { ...report, created: 0, updated: 0, errors: [{ row: line, message: `Nicht importiert: ${messageOf(error)}` }] }
  }
}

class RowFailure extends Error {
  constructor(
    readonly line: number,
    readonly cause: unknown,
  ) {
    super(messageOf(cause))
  }
}

/** Payload's validation errors carry the German field messages in `data.errors`. */
function messageOf(error: unknown): string {
  const inner = error instanceof RowFailure ? error.cause : error
  const fieldErrors = (inner as { data?: { errors?: { message: string }[] } })?.data?.errors
  if (fieldErrors?.length) return fieldErrors.map((e) => e.message).join('; ')
  return inner instanceof Error ? inner.message : String(inner)
}
