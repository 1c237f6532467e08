import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

import { exportRegistrationsCsv } from './csv'

/** GET /api/event-registrations/export.csv[?event=<id>]: the registrations as a spreadsheet (staff). */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) {
      return Response.json({ message: 'Nur die Geschäftsstelle darf Anmeldungen exportieren.' }, { status: 403 })
    }
    const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('event')
    const eventId = raw ? Number(raw) : undefined
    if (raw && (!Number.isInteger(eventId) || eventId! < 1)) return Response.json({ message: 'Unbekannter Termin.' }, { status: 400 })
    const csv = await exportRegistrationsCsv(req.payload, eventId)
    const date = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="anmeldungen-${eventId ? `termin-${eventId}-` : ''}${date}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

export const registrationEndpoints: Endpoint[] = [exportCsv]
