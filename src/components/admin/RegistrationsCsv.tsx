'use client'

import { useSearchParams } from 'next/navigation'

const ENDPOINT = '/api/event-registrations/export.csv'

/**
 * Above the registrations list in the admin: download them as CSV — only
 * those of one event when the list is filtered by it („Termin“ equals …).
 */
export function RegistrationsCsv() {
  const params = useSearchParams()
  const event = params.get('where[or][0][and][0][event][equals]') ?? params.get('where[event][equals]')
  const href = event && /^\d+$/.test(event) ? `${ENDPOINT}?event=${event}` : ENDPOINT
  return (
    <p style={{ margin: '0 0 1.5rem' }}>
      <a href={href} download>
        {event ? 'Anmeldungen dieses Termins als CSV exportieren' : 'Alle Anmeldungen als CSV exportieren'}
      </a>{' '}
      – zum Öffnen in einer Tabellenkalkulation. Tipp: die Liste nach „Termin“ filtern, um nur einen Termin zu exportieren.
    </p>
  )
}
