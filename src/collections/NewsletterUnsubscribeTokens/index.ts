import type { CollectionConfig } from 'payload'

/**
 * One row per unsubscribe link ever mailed: the SHA-256 hash of its random
 * token and whose it is. Every mail gets a fresh token; rows are never removed
 * while the subscriber exists, so the link in a mail from years ago still
 * unsubscribes (src/forms/newsletterSubscription.ts). Not in the admin; no API access.
 */
export const NewsletterUnsubscribeTokens: CollectionConfig = {
  slug: 'newsletter-unsubscribe-tokens',
  dbName: 'unsub_tokens',
  labels: { singular: 'Abmeldelink', plural: 'Abmeldelinks' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: true,
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'newsletter-subscribers', required: true, index: true },
  ],
}
