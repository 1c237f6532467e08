/**
 * How the public forms answer: JSON for the enhanced form (fetch with
 * `Accept: application/json`), and for a plain HTML form post either a 303 to
 * the thank-you page or a small German page with the problems and a way back.
 */
import { escapeMarkup as escapeHtml } from '@/lib/escapeMarkup'
import { simplePage } from '@/lib/simplePage'

type Answer = { status: number; message: string; errors?: Record<string, string>; labels?: Record<string, string>; back: string }

export const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json')

/** The client's address as the front server determined it (src/server/index.ts), for rate limits. */
export const clientIp = (request: Request) => request.headers.get('x-evi-client-ip') ?? 'unbekannt'

export function redirectAnswer(request: Request, location: string): Response {
  if (wantsJson(request)) return Response.json({ ok: true, redirect: location })
  return new Response(null, { status: 303, headers: { location } })
}

export function problemAnswer(request: Request, { status, message, errors, labels = {}, back }: Answer): Response {
  if (wantsJson(request)) return Response.json({ ok: false, message, errors: errors ?? {} }, { status })
  const items = Object.entries(errors ?? {})
    .map(([field, text]) => `<li><strong>${escapeHtml(labels[field] ?? field)}:</strong> ${escapeHtml(text)}</li>`)
    .join('')
  const html = simplePage(
    message,
    `${items ? `<ul>${items}</ul>` : ''}
<p><a href="${escapeHtml(back)}">Zurück zum Formular</a> – Ihre Eingaben bleiben erhalten, wenn Sie die Zurück-Taste Ihres Browsers verwenden.</p>`,
  )
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })
}
