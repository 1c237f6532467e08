import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { readCsvUpload } from '@/lib/csvUpload'

import { exportOrganisationsCsv } from './csv/exportOrganisations'
import { importOrganisationsCsv } from './csv/importOrganisations'

const MAX_CSV_BYTES = 2 * 1024 * 1024
const forbidden = () => Response.json({ message: 'Nur Administratoren dürfen das Verzeichnis importieren und exportieren.' }, { status: 403 })

/** GET /api/member-organisations/export.csv: the whole directory as a spreadsheet (admins). */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return forbidden()
    const csv = await exportOrganisationsCsv(req.payload)
    const date = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="mitgliedsvereine-${date}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/**
 * POST /api/member-organisations/import (multipart: `datei`, and `pruefen=1`
 * to only check): imports the directory all or nothing; 400 with every
 * row's problem when the file has any (admins).
 */
const importCsv: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return forbidden()
    const upload = await readCsvUpload(req, MAX_CSV_BYTES)
    if (upload instanceof Response) return upload
    const report = await importOrganisationsCsv(req.payload, upload.text, { dryRun: upload.dryRun, req })
    return Response.json(report, { status: report.errors.length ? 400 : 200 })
  },
}

export const organisationEndpoints: Endpoint[] = [exportCsv, importCsv]
