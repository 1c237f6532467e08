import { payloadClient } from '@/content/payload'
import { pageAnswer, seeOther } from '@/forms/answer'
import { unsubscribe, type UnsubscribeOutcome } from '@/forms/newsletterSubscription'
import { NEWSLETTER_PATHS } from '@/lib/paths'

import { linkFailed } from '../linkFailed'

const unknownLink = () =>
  pageAnswer(
    404,
    'Dieser Abmeldelink ist uns nicht bekannt',
    `<p>Bitte prüfen Sie, ob die Adresse vollständig aus der E-Mail übernommen wurde – manche E-Mail-Programme brechen lange Links um.</p>
<p>Klappt es trotzdem nicht, schreiben Sie uns über die <a href="/kontakt">Kontaktseite</a>: Wir tragen Sie dann von Hand aus.</p>
<p><a href="/">Zur Startseite</a></p>`,
  )

/** Unsubscribes whoever the link in the request's URL belongs to; `answer` says how to tell them. */
async function handle(request: Request, answer: (outcome: UnsubscribeOutcome) => Response): Promise<Response> {
  const payload = await payloadClient()
  try {
    return answer(await unsubscribe(payload, new URL(request.url).searchParams.get('token')))
  } catch (error) {
    return linkFailed(error, payload)
  }
}

/**
 * The unsubscribe link in every mail: one click unsubscribes, no login, no
 * second question; then "Sie sind abgemeldet" with a way back in. Like the
 * confirm link, its answer is never cached (src/server/pageCache.ts).
 */
export const GET = (request: Request) =>
  handle(request, (outcome) => (outcome === 'unsubscribed' ? seeOther(NEWSLETTER_PATHS.unsubscribed) : unknownLink()))

/** RFC 8058 one-click unsubscribe: the mail program POSTs "List-Unsubscribe=One-Click" to the URL of the List-Unsubscribe header. */
export const POST = (request: Request) =>
  handle(request, (outcome) =>
    outcome === 'unsubscribed' ? pageAnswer(200, 'Sie sind abgemeldet', '<p>Sie erhalten migo nicht mehr.</p>') : unknownLink(),
  )

/** Link checkers ask with HEAD: answered without unsubscribing anyone. */
export function HEAD(): Response {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}
