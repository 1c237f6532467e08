import type { CollectionConfig } from 'payload'

/**
 * One row per counted attempt (a form sent, a sign-up): the key is an HMAC of
 * the bucket and the IP address or e-mail address, never the address itself.
 * Kept in PostgreSQL so the limits hold across all app instances
 * (src/lib/rateLimit.ts). Not shown in the admin; nobody reads it through the API.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  dbName: 'rate_limit_hits',
  labels: { singular: 'Zugriffszählung', plural: 'Zugriffszählungen' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: true,
  fields: [{ name: 'key', type: 'text', required: true, index: true }],
}
