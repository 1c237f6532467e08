import { payloadClient } from '@/content/payload'
import { clientIp, problemAnswer, readFormBody, redirectAnswer } from '@/forms/answer'
import { submitApplication } from '@/forms/organisationApplication'
import { messagesFor } from '@/i18n'
import { localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'

const FORM_PATH = '/mitgliedsvereine/eintragen'
const MAX_BYTES = FORM_BODY_BYTES.organisationApplication

/** Receives "Verein eintragen" (see src/forms/organisationApplication.ts) and answers in the language of the form's page. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = await localeOf(params)
  const { application } = messagesFor(locale)
  const problem = (status: number, message: string, errors?: Record<string, string>) =>
    problemAnswer(request, { status, message, errors, labels: application.labels, back: localizedPath(FORM_PATH, locale), locale })

  const form = await readFormBody(request, MAX_BYTES, locale)
  if (!(form instanceof FormData)) return problem(form.status, form.message)

  try {
    const outcome = await submitApplication(await payloadClient(), form, clientIp(request), locale)
    switch (outcome.kind) {
      case 'accepted':
        return redirectAnswer(request, localizedPath(`${FORM_PATH}/danke`, locale))
      case 'invalid':
        return problem(400, application.errors.invalid, outcome.errors)
      case 'duplicate':
        return problem(409, application.errors.duplicate)
      case 'rate-limited':
        return problem(429, application.errors.rateLimited)
    }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error, form: 'organisation-application' }, 'Storing an application failed')
    return problem(500, application.errors.failed)
  }
}
