import { payloadClient } from '@/content/payload'
import { clientIp, problemAnswer, readFormBody, redirectAnswer } from '@/forms/answer'
import { NEWSLETTER_LABELS } from '@/forms/newsletterConsent'
import { signUp, signupSource } from '@/forms/newsletterSignup'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'
import { NEWSLETTER_PATHS } from '@/lib/paths'

const MAX_BYTES = FORM_BODY_BYTES.newsletterSignup

/** Receives the migo sign-up forms (home, /migo, under every article; see src/forms/newsletterSignup.ts). */
export async function POST(request: Request): Promise<Response> {
  let back: string = '/'
  const problem = (status: number, message: string, errors?: Record<string, string>) =>
    problemAnswer(request, { status, message, errors, labels: NEWSLETTER_LABELS, back })

  const form = await readFormBody(request, MAX_BYTES)
  if (!(form instanceof FormData)) return problem(form.status, form.message)
  back = signupSource(form)

  try {
    const outcome = await signUp(await payloadClient(), form, clientIp(request))
    switch (outcome.kind) {
      case 'accepted':
        return redirectAnswer(request, NEWSLETTER_PATHS.thanks)
      case 'invalid':
        return problem(400, 'Bitte prüfen Sie Ihre Angaben.', outcome.errors)
      case 'rate-limited':
        return problem(429, 'Es wurden gerade zu viele Anmeldungen gesendet. Bitte versuchen Sie es in einer Stunde noch einmal.')
    }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error, form: 'newsletter-signup' }, 'A newsletter sign-up failed')
    return problem(500, 'Ihre Anmeldung konnte gerade nicht bearbeitet werden. Bitte versuchen Sie es später noch einmal.')
  }
}
