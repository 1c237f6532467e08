import { CONTACT_FORM_SLUG } from '@/content/forms'
import { payloadClient } from '@/content/payload'
import { clientIp, problemAnswer, readFormBody, redirectAnswer } from '@/forms/answer'
import { findPublicForm, submissionLabels, submitForm } from '@/forms/formSubmission'
import { messagesFor } from '@/i18n'
import { localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'
import { contactThanksPath } from '@/lib/paths'
import { safeLocalPath } from '@/lib/safeRedirect'

const FORM_PATH = '/kontakt'

/**
 * Receives the contact form of /kontakt (a form editors built, src/forms/formSubmission.ts):
 * a valid message is stored as a form submission (the plugin mails the staff
 * addresses the form names) and the reader is sent to the thank-you page, or
 * to the form's own redirect target on this site. Problems answer 4xx with a
 * page in the form's language (JSON for a script that asks for it).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = await localeOf(params)
  const { contact } = messagesFor(locale)
  const back = localizedPath(FORM_PATH, locale)
  const payload = await payloadClient()
  const problem = async (status: number, message: string, errors?: Record<string, string>) => {
    const form = errors ? await findPublicForm(payload, CONTACT_FORM_SLUG, locale) : null
    return problemAnswer(request, { status, message, errors, labels: form ? submissionLabels(form) : {}, back, locale })
  }

  const data = await readFormBody(request, FORM_BODY_BYTES.siteForm, locale)
  if (!(data instanceof FormData)) return problem(data.status, data.message)

  try {
    const outcome = await submitForm(payload, { formSlug: CONTACT_FORM_SLUG, data, clientIp: clientIp(request), locale })
    switch (outcome.kind) {
      case 'accepted': {
        const { confirmation } = outcome
        const target = confirmation.type === 'redirect' ? safeLocalPath(confirmation.url, null) : null
        return redirectAnswer(request, target ?? localizedPath(contactThanksPath, locale))
      }
      case 'invalid':
        return problem(400, contact.errors.invalid, outcome.errors)
      case 'not-found':
        return problem(404, contact.errors.notFound)
      case 'rate-limited':
        return problem(429, contact.errors.rateLimited)
    }
  } catch (error) {
    payload.logger.error({ err: error, form: CONTACT_FORM_SLUG }, 'Storing a contact form submission failed')
    return problem(500, contact.errors.failed)
  }
}
