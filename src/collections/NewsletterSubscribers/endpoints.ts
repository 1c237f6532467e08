import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

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
    if (Number(req.headers.get('content-length') ?? 0) > MAX_CSV_BYTES) return Response.json({ message: 'Die Datei ist größer als 5 MB.' }, { status: 413 })
    let form: FormData | undefined
    try {
      form = await req.formData?.()
    } catch {
      form = undefined
    }
    const file = form?.get('datei')
    if (!file || typeof file === 'string') return Response.json({ message: 'Bitte eine CSV-Datei auswählen.' }, { status: 400 })
    if (file.size > MAX_CSV_BYTES) return Response.json({ message: 'Die Datei ist größer als 5 MB.' }, { status: 413 })
    const report = await importSubscribersCsv(req.payload, await file.text(), { dryRun: form?.get('pruefen') === '1' })
    return Response.json(report)
  },
}

export const subscriberEndpoints: Endpoint[] = [importCsv]
