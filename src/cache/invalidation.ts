import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { PUBLIC_CONTENT_CHANNEL, type PublicContentChange } from './channel'

/**
 * Everything whose published state appears on public pages. This list is the
 * one place that says which content refreshes the public site; adding a
 * collection here is all it takes.
 */
const PUBLIC_COLLECTIONS = new Set([
  'articles',
  'categories',
  'media',
  'pages',
  'member-organisations',
  'newsletter-issues',
  'redirects',
  'events',
  'projects',
  // Forms editors build appear on public pages (the contact form on /kontakt).
  'forms',
])
const PUBLIC_GLOBALS = new Set(['site-settings', 'navigation'])

/**
 * Announces the change on PostgreSQL's NOTIFY channel inside the request's own
 * transaction: PostgreSQL delivers it only on commit (a rolled-back change
 * refreshes nothing), to every instance, to worker processes' changes too.
 */
async function announce(req: PayloadRequest, change: PublicContentChange): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = (transactionID && adapter.sessions?.[transactionID]?.db) || adapter.drizzle
  try {
    await db.execute(sql`select pg_notify(${PUBLIC_CONTENT_CHANNEL}, ${JSON.stringify(change)})`)
  } catch (error) {
    req.payload.logger.error({ err: error, change }, 'Could not announce a change of public content')
  }
}

type Versioned = { _status?: string | null } | null | undefined
const isPublished = (doc: Versioned) => !doc || doc._status === undefined || doc._status === 'published'

/**
 * A published change, or a published document going back to draft (unpublish).
 * A draft save of a never-published document changes nothing public.
 */
const touchesPublicSite = (doc: Versioned, previousDoc: Versioned) =>
  isPublished(doc) || (Boolean(previousDoc) && previousDoc?._status === 'published')

const afterCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (touchesPublicSite(doc, operation === 'create' ? undefined : previousDoc)) {
    await announce(req, { source: collection.slug, id: doc.id, reason: operation })
  }
  return doc
}

const afterCollectionDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await announce(req, { source: collection.slug, id: doc.id, reason: 'delete' })
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await announce(req, { source: global.slug, reason: 'update' })
  return doc
}

/** Adds the refresh hooks to each public collection of the list. */
export function withPublicCacheInvalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    PUBLIC_COLLECTIONS.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterCollectionChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterCollectionDelete],
          },
        }
      : collection,
  )
}

/**
 * The refresh hooks for a collection a plugin creates (it is not in the list
 * withPublicCacheInvalidation sees), when the list names it: e.g. `forms`.
 */
export function publicCacheHooksFor(slug: string): Pick<NonNullable<CollectionConfig['hooks']>, 'afterChange' | 'afterDelete'> {
  return PUBLIC_COLLECTIONS.has(slug) ? { afterChange: [afterCollectionChange], afterDelete: [afterCollectionDelete] } : {}
}

/** Adds the refresh hook to each public global of the list. */
export function withPublicGlobalInvalidation(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) =>
    PUBLIC_GLOBALS.has(global.slug)
      ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
      : global,
  )
}
