import { payloadClient } from '@/content/payload'
import { mailLanguageOf, mailTexts } from '@/email/i18n'
import { pageAnswer, readFormBody } from '@/forms/answer'
import { languageForm, languageSaved, unknownLanguageLink } from '@/forms/newsletterLanguagePage'
import { changeLanguage, subscriberOfLink } from '@/forms/newsletterSubscription'

import { linkFailed } from '../../linkFailed'

const ACTION = '/newsletter/anmelden/sprache'
/** A token and a language code. */
const MAX_BYTES = 4 * 1024

/**
 * The "change language" link in every mail to a subscriber. Opening it only
 * shows the form (mail scanners open links too); the choice is made by the
 * POST. The token is the mail's own (the same as its unsubscribe link).
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  try {
    const token = new URL(request.url).searchParams.get('token')
    const subscriber = await subscriberOfLink(payload, token)
    return subscriber ? languageForm(ACTION, token!, subscriber.language) : unknownLanguageLink()
  } catch (error) {
    return linkFailed(error, payload)
  }
}

export async function POST(request: Request): Promise<Response> {
  const form = await readFormBody(request, MAX_BYTES)
  if (!(form instanceof FormData)) return pageAnswer(form.status, form.message, '<p><a href="/">Zur Startseite</a></p>')
  const payload = await payloadClient()
  try {
    const token = form.get('token')
    const outcome = await changeLanguage(payload, token, form.get('language'))
    switch (outcome.kind) {
      case 'changed':
        return languageSaved(outcome.language)
      case 'invalid':
        return languageForm(ACTION, String(token), outcome.subscriber.language, {
          status: 400,
          problem: mailTexts(mailLanguageOf(outcome.subscriber.language)).languagePage.invalidChoice,
        })
      case 'unknown':
        return unknownLanguageLink()
    }
  } catch (error) {
    return linkFailed(error, payload)
  }
}

/** Link checkers ask with HEAD: answered without reading anyone's data. */
export function HEAD(): Response {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}
