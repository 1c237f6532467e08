import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'

import { spreadsheetSafe } from '@/lib/csvSafe'
import { formatEventWhen } from '@/lib/eventTime'
import { formatDateTime } from '@/lib/formatDate'
import type { Event, EventRegistration } from '@/payload-types'

const HEADERS = ['Termin', 'Wann', 'Status', 'Name', 'E-Mail', 'Telefon', 'Anmerkung', 'Angemeldet am', 'Nachgerückt am']
const STATUS: Record<EventRegistration['status'], string> = { confirmed: 'angemeldet', waiting: 'Warteliste', cancelled: 'storniert' }

/**
 * The registrations (of one event, or all) as CSV for a spreadsheet:
 * semicolons and a byte-order mark for Excel, every cell safe from formulas;
 * by event, then confirmed before waiting, in order of registration.
 */
export async function exportRegistrationsCsv(payload: Payload, eventId?: number): Promise<string> {
  const where: Where | undefined = eventId ? { event: { equals: eventId } } : undefined
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where,
    pagination: false,
    depth: 1,
    sort: 'createdAt',
    locale: 'de',
    overrideAccess: true,
  })
  const order = { confirmed: 0, waiting: 1, cancelled: 2 }
  const rows = docs
    .map((doc) => ({ doc, event: typeof doc.event === 'object' ? (doc.event as Event) : null }))
    .sort((a, b) => (a.event?.id ?? 0) - (b.event?.id ?? 0) || order[a.doc.status] - order[b.doc.status])
    .map(({ doc, event }) =>
      [
        event?.title ?? '',
        event ? formatEventWhen(event) : '',
        STATUS[doc.status],
        doc.name,
        doc.email,
        doc.phone ?? '',
        doc.note ?? '',
        formatDateTime(new Date(doc.createdAt)),
        doc.promotedAt ? formatDateTime(new Date(doc.promotedAt)) : '',
      ].map(spreadsheetSafe),
    )
  return stringify([HEADERS, ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' })
}
