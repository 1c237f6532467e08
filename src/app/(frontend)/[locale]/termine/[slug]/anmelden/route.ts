import { payloadClient } from '@/content/payload'
import { clientIp, pageAnswer, problemAnswer, readFormBody, wantsJson } from '@/forms/answer'
import { REGISTRATION_LABELS, registerForEvent, registrationMessage } from '@/forms/eventRegistration'
import { localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { escapeMarkup } from '@/lib/escapeMarkup'
import { eventPath } from '@/lib/paths'

/** A registration is a few short fields; anything far larger is not a person filling it in. */
const MAX_BYTES = 16 * 1024

type Context = { params: Promise<{ locale: string; slug: string }> }

/**
 * Receives the registration form of /termine/<slug> (src/forms/eventRegistration.ts):
 * JSON for the enhanced form, else a small German page (200 registered or on
 * the waiting list; 4xx with the problems and a way back).
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  // The answers are German for now (src/forms/eventRegistration.ts); the way back leads to the page's language.
  const back = localizedPath(eventPath(slug), await localeOf(params))
  const problem = (status: number, message: string, errors?: Record<string, string>) =>
    problemAnswer(request, { status, message, errors, labels: REGISTRATION_LABELS, back })

  const form = await readFormBody(request, MAX_BYTES)
  if (!(form instanceof FormData)) return problem(form.status, form.message)

  try {
    const outcome = await registerForEvent(await payloadClient(), { eventSlug: slug, form, clientIp: clientIp(request) })
    const message = registrationMessage(outcome)
    switch (outcome.kind) {
      case 'confirmed':
      case 'waiting': {
        if (wantsJson(request)) return Response.json({ ok: true, status: outcome.kind, message })
        const title = outcome.kind === 'confirmed' ? 'Sie sind angemeldet' : 'Sie stehen auf der Warteliste'
        return pageAnswer(200, title, `<p>${escapeMarkup(message)}</p><p><a href="${escapeMarkup(back)}">Zurück zum Termin</a></p>`)
      }
      case 'invalid':
        return problem(400, message, outcome.errors)
      case 'closed':
        return problem(409, message)
      case 'not-found':
        return problem(404, message)
      case 'rate-limited':
        return problem(429, message)
    }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error, event: slug }, 'Storing an event registration failed')
    return problem(500, 'Ihre Anmeldung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.')
  }
}
