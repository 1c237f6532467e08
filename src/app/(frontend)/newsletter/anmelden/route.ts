import { payloadClient } from '@/content/payload'
import { clientIp, problemAnswer, readFormBody, redirectAnswer } from '@/forms/answer'
import { formLocale, newsletterLabels } from '@/forms/newsletterConsent'
import { signUp, signupSource } from '@/forms/newsletterSignup'
import { messagesFor } from '@/i18n'
import { DEFAULT_LOCALE, localizedPath } from '@/i18n/locales'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'
import { NEWSLETTER_PATHS } from '@/lib/paths'

const MAX_BYTES = FORM_BODY_BYTES.newsletterSignup

/**
 * Receives the migo sign-up forms (home, /migo, under every article; see
 * src/forms/newsletterSignup.ts). Answers in the language the form was shown
 * in (its hidden `locale` field) and leads to that language's thank-you page.
 */
export async function POST(request: Request): Promise<Response> {
  let back: string = '/'
  let locale = DEFAULT_LOCALE
  const problem = (status: number, message: string, errors?: Record<string, string>) =>
    problemAnswer(request, { status, message, errors, labels: newsletterLabels(locale), back, locale })

  const form = await readFormBody(request, MAX_BYTES, locale)
  if (!(form instanceof FormData)) return problem(form.status, form.message)
  locale = formLocale(form)
  back = signupSource(form)
  const messages = messagesFor(locale).newsletter.errors

  try {
    const outcome = await signUp(await payloadClient(), form, clientIp(request))
    switch (outcome.kind) {
      case 'accepted':
        return redirectAnswer(request, localizedPath(NEWSLETTER_PATHS.thanks, locale))
      case 'invalid':
        return problem(400, messages.invalid, outcome.errors)
      case 'rate-limited':
        return problem(429, messages.rateLimited)
    }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error, form: 'newsletter-signup' }, 'A newsletter sign-up failed')
    return problem(500, messages.failed)
  }
}
