/**
 * How the public forms answer: JSON for the enhanced form (fetch with
 * `Accept: application/json`), and for a plain HTML form post either a 303 to
 * the thank-you page or a small page in the form's language with the problems
 * and a way back.
 */
import { messagesFor } from '@/i18n'
import { DEFAULT_LOCALE, dirOf, type Locale } from '@/i18n/locales'
import { escapeMarkup as escapeHtml } from '@/lib/escapeMarkup'
import { simplePage } from '@/lib/simplePage'

type Answer = {
  status: number
  message: string
  errors?: Record<string, string>
  labels?: Record<string, string>
  back: string
  locale?: Locale
}

export const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json')

/** The client's address as the front server determined it (src/server/index.ts), for rate limits. */
export const clientIp = (request: Request) => request.headers.get('x-evi-client-ip') ?? 'unbekannt'

export function redirectAnswer(request: Request, location: string): Response {
  if (wantsJson(request)) return Response.json({ ok: true, redirect: location })
  return new Response(null, { status: 303, headers: { location } })
}

/** After a link in a mail acted: the browser is sent on to the result page, and nothing on the way may keep this answer. */
export const seeOther = (location: string): Response =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } })

/**
 * A complete small page (src/lib/simplePage.ts; German unless told) with its
 * status; `body` is trusted markup. Never cached, and never telling its
 * address onward: such pages answer links from mails, whose address holds a
 * secret token.
 */
export const pageAnswer = (status: number, title: string, body: string, language: { lang?: string; dir?: 'ltr' | 'rtl' } = {}): Response =>
  new Response(simplePage(title, body, { ...language, noReferrer: true }), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  })

export function problemAnswer(request: Request, { status, message, errors, labels = {}, back, locale = DEFAULT_LOCALE }: Answer): Response {
  if (wantsJson(request)) return Response.json({ ok: false, message, errors: errors ?? {} }, { status })
  const items = Object.entries(errors ?? {})
    .map(([field, text]) => `<li><strong>${escapeHtml(labels[field] ?? field)}:</strong> ${escapeHtml(text)}</li>`)
    .join('')
  const { forms } = messagesFor(locale)
  return pageAnswer(
    status,
    message,
    `${items ? `<ul>${items}</ul>` : ''}
<p><a href="${escapeHtml(back)}">${escapeHtml(forms.back)}</a> – ${escapeHtml(forms.backHint)}</p>`,
    { lang: locale, dir: dirOf(locale) },
  )
}

/**
 * The posted form, or the problem to answer instead: 413 when the body is far
 * larger than the form could be, 400 when it cannot be read as a form.
 */
export async function readFormBody(
  request: Request,
  maxBytes: number,
  locale: Locale = DEFAULT_LOCALE,
): Promise<FormData | { status: number; message: string }> {
  const { forms } = messagesFor(locale)
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { status: 413, message: forms.tooLarge }
  try {
    return await request.formData()
  } catch {
    return { status: 400, message: forms.unreadable }
  }
}
