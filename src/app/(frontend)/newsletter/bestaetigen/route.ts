import { payloadClient } from '@/content/payload'
import { clientIp, seeOther } from '@/forms/answer'
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

/** The page's button: confirms, then sends the reader on (303) to a result page that is the same for everyone. */
export async function POST(request: Request): Promise<Response> {
  const payload = await payloadClient()
  try {
    const outcome = await confirmSubscription(payload, await postedToken(request), clientIp(request))
    return seeOther(outcome === 'confirmed' ? NEWSLETTER_PATHS.confirmed : NEWSLETTER_PATHS.invalidLink)
  } catch (error) {
    return linkFailed(error, payload)
  }
}

export const HEAD = headAnswer
