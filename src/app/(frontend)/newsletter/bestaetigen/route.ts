import { payloadClient } from '@/content/payload'
import { clientIp, seeOther } from '@/forms/answer'
import { confirmSubscription } from '@/forms/newsletterSubscription'
import { NEWSLETTER_PATHS } from '@/lib/paths'

import { linkFailed } from '../linkFailed'

/**
 * The link in the confirmation mail. It acts, then sends the reader on (303)
 * to a result page that is the same for everyone, so the token never appears
 * in a page, and the front server's page cache never keeps this answer
 * (its path is not a page: src/server/pageCache.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  try {
    const outcome = await confirmSubscription(payload, new URL(request.url).searchParams.get('token'), clientIp(request))
    return seeOther(outcome === 'confirmed' ? NEWSLETTER_PATHS.confirmed : NEWSLETTER_PATHS.invalidLink)
  } catch (error) {
    return linkFailed(error, payload)
  }
}

/** Link checkers ask with HEAD: answered without confirming anything. */
export function HEAD(): Response {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}
