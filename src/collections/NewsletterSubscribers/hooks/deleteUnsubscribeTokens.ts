import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Unsubscribe tokens are kept for as long as the subscriber exists, so links in
 * old mails keep working. When an admin deletes a subscriber (for example on a
 * request to erase their data) the tokens go with them, in the same transaction.
 */
export const deleteUnsubscribeTokens: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'newsletter-unsubscribe-tokens',
    where: { subscriber: { equals: id } },
    overrideAccess: true,
    req,
  })
}
