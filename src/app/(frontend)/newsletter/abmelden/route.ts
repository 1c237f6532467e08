import { payloadClient } from '@/content/payload'
import { pageAnswer, seeOther } from '@/forms/answer'
import { mailTexts } from '@/email/i18n'
import { unsubscribe, unsubscribeLink } from '@/forms/newsletterSubscription'
import { NEWSLETTER_PATHS } from '@/lib/paths'

import { linkFailed } from '../linkFailed'
import { headAnswer, linkPage, postedToken } from '../linkPage'

const unknownLink = () =>
  pageAnswer(
    404,
    'Dieser Abmeldelink ist uns nicht bekannt',
    `<p>Bitte prüfen Sie, ob die Adresse vollständig aus der E-Mail übernommen wurde – manche E-Mail-Programme brechen lange Links um.</p>
<p>Klappt es trotzdem nicht, schreiben Sie uns über die <a href="/kontakt">Kontaktseite</a>: Wir tragen Sie dann von Hand aus.</p>
<p><a href="/">Zur Startseite</a></p>`,
  )

/**
 * The unsubscribe link in every mail. Opening it (GET) shows a page with one
 * button and no login; link scanners that open every link unsubscribe nobody.
 * Like the confirm link, its answers are never cached (src/server/pageCache.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const token = new URL(request.url).searchParams.get('token')
  try {
    const { known, language } = await unsubscribeLink(payload, token)
    if (!known) return unknownLink()
    const texts = mailTexts(language).linkPages
    return linkPage({ title: texts.unsubscribeTitle, text: texts.unsubscribeText, action: NEWSLETTER_PATHS.unsubscribe, token: token!, button: texts.unsubscribeButton, language })
  } catch (error) {
    return linkFailed(error, payload)
  }
}

/**
 * Two kinds of POST unsubscribe at once: the page's button (the token in the
 * form; answered with "Sie sind abgemeldet" and a way back in), and RFC 8058
 * one-click unsubscribe, where the mail program POSTs "List-Unsubscribe=One-Click"
 * to the URL of the List-Unsubscribe header (the token in the URL).
 */
export async function POST(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const fromUrl = new URL(request.url).searchParams.get('token')
  try {
    if (fromUrl !== null) {
      const outcome = await unsubscribe(payload, fromUrl)
      return outcome === 'unsubscribed' ? pageAnswer(200, 'Sie sind abgemeldet', '<p>Sie erhalten migo nicht mehr.</p>') : unknownLink()
    }
    const outcome = await unsubscribe(payload, await postedToken(request))
    return outcome === 'unsubscribed' ? seeOther(NEWSLETTER_PATHS.unsubscribed) : unknownLink()
  } catch (error) {
    return linkFailed(error, payload)
  }
}

export const HEAD = headAnswer
