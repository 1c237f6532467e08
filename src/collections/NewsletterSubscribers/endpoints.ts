import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { readCsvUpload } from '@/lib/csvUpload'

import { importSubscribersCsv } from './importSubscribers'

const MAX_CSV_BYTES = 5 * 1024 * 1024

/**
 * POST /api/newsletter-subscribers/import (multipart: `datei`, and `pruefen=1`
 * to only check): imports an existing subscriber list; answers the report
 * (admins, who alone see subscribers).
 */
const importCsv: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ message: 'Nur Administratoren dürfen Abonnent:innen importieren.' }, { status: 403 })
    const upload = await readCsvUpload(req, MAX_CSV_BYTES)
    if (upload instanceof Response) return upload
    const report = await importSubscribersCsv(req.payload, upload.text, { dryRun: upload.dryRun })
    return Response.json(report)
  },
}

export const subscriberEndpoints: Endpoint[] = [importCsv]
