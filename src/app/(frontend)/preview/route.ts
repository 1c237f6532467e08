import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole } from '@/access/roles'
import { safeLocalPath } from '@/lib/safeRedirect'

/**
 * Draft preview for staff: `/preview?path=/aktuelles/nachrichten/…` checks the
 * admin login, switches Next's draft mode on and opens the page. Everyone else
 * gets a 403 and no draft mode.
 */
export async function GET(request: Request) {
  // Only paths of this site: no "//host", "/\host" or "https://…" open redirect.
  const path = safeLocalPath(new URL(request.url).searchParams.get('path'), null)
  if (!path) {
    return new Response('Ungültige Vorschau-Adresse.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'admin', 'editor')) {
    return new Response('Die Vorschau ist nur für angemeldete Mitarbeitende verfügbar.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
