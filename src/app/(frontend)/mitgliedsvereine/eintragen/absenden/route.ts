import { payloadClient } from '@/content/payload'
import { clientIp, problemAnswer, readFormBody, redirectAnswer } from '@/forms/answer'
import { APPLICATION_LABELS } from '@/forms/applicationLabels'
import { submitApplication } from '@/forms/organisationApplication'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'

const FORM_PATH = '/mitgliedsvereine/eintragen'
const MAX_BYTES = FORM_BODY_BYTES.organisationApplication

/** Receives "Verein eintragen" (see src/forms/organisationApplication.ts). */
export async function POST(request: Request): Promise<Response> {
  const problem = (status: number, message: string, errors?: Record<string, string>) =>
    problemAnswer(request, { status, message, errors, labels: APPLICATION_LABELS, back: FORM_PATH })

  const form = await readFormBody(request, MAX_BYTES)
  if (!(form instanceof FormData)) return problem(form.status, form.message)

  try {
    const outcome = await submitApplication(await payloadClient(), form, clientIp(request))
    switch (outcome.kind) {
      case 'accepted':
        return redirectAnswer(request, `${FORM_PATH}/danke`)
      case 'invalid':
        return problem(400, 'Bitte prüfen Sie die markierten Angaben.', outcome.errors)
      case 'duplicate':
        return problem(409, 'Ein Verein mit diesem Namen ist bereits eingetragen oder angemeldet. Bitte wenden Sie sich an die Geschäftsstelle.')
      case 'rate-limited':
        return problem(429, 'Es wurden gerade zu viele Anmeldungen gesendet. Bitte versuchen Sie es in einer Stunde noch einmal.')
    }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error, form: 'organisation-application' }, 'Storing an application failed')
    return problem(500, 'Ihre Anmeldung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.')
  }
}
