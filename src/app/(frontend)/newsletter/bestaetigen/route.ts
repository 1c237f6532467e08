import { payloadClient } from '@/content/payload'
import { clientIp, pageAnswer, seeOther } from '@/forms/answer'
import { i18n } from '@/i18n'
import { mailTexts } from '@/email/i18n'
import { confirmationLink, confirmSubscription } from '@/forms/newsletterSubscription'
import { NEWSLETTER_PATHS } from '@/lib/paths'

import { linkFailed } from '../linkFailed'
import { headAnswer, linkPage, postedToken } from '../linkPage'

/**
 * The link in the confirmation mail. Opening it (GET) only shows a page with
 * one button: link scanners that open every link confirm nobody. A link that
 * no longer works leads to the page that explains it. The front server's page
 * cache never keeps these answers (src/server/pageCache.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const token = new URL(request.url).searchParams.get('token')
  try {
    const { state, language } = await confirmationLink(payload, token)
    if (state !== 'valid') return seeOther(NEWSLETTER_PATHS.invalidLink)
    const texts = mailTexts(language).linkPages
    return linkPage({ title: texts.confirmTitle, text: texts.confirmText, action: NEWSLETTER_PATHS.confirm, token: token!, button: texts.confirmButton, language })
  } catch (error) {
    return linkFailed(error, payload)
  }
}

/** A posted token that confirms nobody (expired, used, mangled, or no token at all): a 4xx page that says so. */
function invalidConfirmation(expired: boolean): Response {
  const { t, href } = i18n('de')
  return pageAnswer(
    expired ? 410 : 400,
    t.newsletter.invalidLinkHeading,
    `<p>${t.newsletter.invalidLinkLead}</p><p><a href="${href(NEWSLETTER_PATHS.invalidLink)}">${t.newsletter.signUpAgain}</a></p>`,
  )
}

/** The page's button: confirms, then sends the reader on (303) to a result page that is the same for everyone. */
export async function POST(request: Request): Promise<Response> {
  const payload = await payloadClient()
  try {
    const outcome = await confirmSubscription(payload, await postedToken(request), clientIp(request))
    return outcome === 'confirmed' ? seeOther(NEWSLETTER_PATHS.confirmed) : invalidConfirmation(outcome === 'expired')
  } catch (error) {
    return linkFailed(error, payload)
  }
}

export const HEAD = headAnswer
