import type { Payload } from 'payload'

import { absoluteUrl, changeLanguagePath, unsubscribePath } from '@/lib/paths'
import { newToken } from '@/lib/tokens'

export type SubscriberLinks = {
  unsubscribeUrl: string
  /** The page where the reader chooses the language of their mails (same token). */
  languageUrl: string
  /** RFC 2369 and RFC 8058: mail programs offer their own "unsubscribe" button and POST to the URL in one click. */
  headers: Record<'List-Unsubscribe' | 'List-Unsubscribe-Post', string>
}

/**
 * The links of one mail to one subscriber, all carrying the mail's own token:
 * whoever holds the mail may leave or change its language, nothing more.
 */
export function subscriberLinks(token: string): SubscriberLinks {
  const unsubscribeUrl = absoluteUrl(unsubscribePath(token))
  return {
    unsubscribeUrl,
    languageUrl: absoluteUrl(changeLanguagePath(token)),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/**
 * Fresh links for one mail to one subscriber. The token's hash is stored for
 * good (collection `newsletter-unsubscribe-tokens`), so the links keep working
 * however old the mail, and one leaked link says nothing about any other mail.
 */
export async function issueSubscriberLinks(payload: Payload, subscriber: number): Promise<SubscriberLinks> {
  const { token, hash } = newToken()
  await payload.create({ collection: 'newsletter-unsubscribe-tokens', data: { tokenHash: hash, subscriber }, depth: 0, overrideAccess: true })
  return subscriberLinks(token)
}
