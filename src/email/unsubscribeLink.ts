import type { Payload } from 'payload'

import { absoluteUrl, unsubscribePath } from '@/lib/paths'
import { newToken } from '@/lib/tokens'

export type UnsubscribeLink = {
  url: string
  /** RFC 2369 and RFC 8058: mail programs offer their own "unsubscribe" button and POST to the URL in one click. */
  headers: Record<'List-Unsubscribe' | 'List-Unsubscribe-Post', string>
}

/**
 * A fresh unsubscribe link for one mail to one subscriber. Its token's hash is
 * stored for good (collection `newsletter-unsubscribe-tokens`), so the link
 * keeps working however old the mail, and one leaked link says nothing about
 * any other mail.
 */
export async function issueUnsubscribeLink(payload: Payload, subscriber: number): Promise<UnsubscribeLink> {
  const { token, hash } = newToken()
  await payload.create({ collection: 'newsletter-unsubscribe-tokens', data: { tokenHash: hash, subscriber }, depth: 0, overrideAccess: true })
  const url = absoluteUrl(unsubscribePath(token))
  return { url, headers: unsubscribeHeaders(url) }
}

/** RFC 2369 and RFC 8058: mail programs offer their own "unsubscribe" button and POST to the URL in one click. */
export const unsubscribeHeaders = (url: string): UnsubscribeLink['headers'] => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
