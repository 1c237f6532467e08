import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { berlinYearMonth } from '../lib/formatDate'
import { PUBLIC_CONTENT_CHANNEL, type PublicContentChange } from './channel'
import { dependencyTags as tag, type ChangeReach } from './dependencies'

/**
 * What public content is, and what each change of it touches. This is the
 * one place that says which content refreshes the public site and which
 * cached pages a change drops: adding a collection here is all it takes.
 *
 * Each entry says when a document is public (as the main table holds it,
 * never a draft) and what it touches: `own` — the tags of the document itself,
 * dropped whenever its public state changes; `lists` — the lists it belongs
 * to, dropped when it enters or leaves them or moves within them; `points` —
 * where it sits in ranged lists (the related articles before an article).
 */
type Doc = Record<string, unknown> & { id: number | string }
type PublicContent = {
  isPublic: (doc: Doc) => boolean
  own: (doc: Doc) => string[]
  lists?: (doc: Doc) => string[]
  points?: (doc: Doc) => { tag: string; at: number }[]
  /** The fields whose change moves the document within or between lists. */
  listFields?: string[]
}

const ids = (value: unknown): (number | string)[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Doc).id : (item as number | string))) : []
const published = (doc: Doc) => doc._status === 'published'
const time = (value: unknown) => (value ? new Date(String(value)).getTime() : NaN)

const PUBLIC_COLLECTIONS: Record<string, PublicContent> = {
  articles: {
    isPublic: published,
    own: (doc) => [tag.article(doc.id), tag.search],
    lists: (doc) => [
      tag.articlesAll,
      ...ids(doc.categories).map(tag.articlesInCategory),
      ...ids(doc.organisations).map(tag.articlesMentioning),
      ...(doc.publishedAt ? [tag.articlesInMonth(yearMonth(doc.publishedAt))] : []),
    ],
    points: (doc) => (doc.publishedAt ? ids(doc.categories).map((id) => ({ tag: tag.articlesInCategory(id), at: time(doc.publishedAt) })) : []),
    listFields: ['publishedAt', 'categories', 'organisations'],
  },
  pages: { isPublic: published, own: (doc) => [tag.page(doc.id)], lists: () => [tag.pagesAll], listFields: ['slug'] },
  'member-organisations': {
    isPublic: (doc) => published(doc) && doc.status === 'active',
    // The directory's cards show most fields of every organisation: any change redraws it.
    own: (doc) => [tag.organisation(doc.id), tag.organisationsAll, tag.search],
  },
  'newsletter-issues': {
    isPublic: published,
    own: (doc) => [tag.migoIssue(doc.id), tag.search],
    lists: () => [tag.migoAll],
    listFields: ['month', 'issueNumber'],
  },
  events: {
    isPublic: published,
    own: (doc) => [tag.event(doc.id)],
    lists: () => [tag.eventsAll],
    listFields: ['startsAt', 'endsAt', 'lastsUntil', 'allDay', 'status', 'category', 'organiser'],
  },
  // A registration moves an event's places left and its waiting list: the event's page shows them.
  'event-registrations': { isPublic: () => true, own: (doc) => ids([doc.event]).map(tag.event) },
  projects: { isPublic: published, own: (doc) => [tag.project(doc.id)], lists: () => [tag.projectsAll], listFields: ['status', 'startDate', 'endDate'] },
  // Forms editors build appear on public pages (the contact form on /kontakt).
  forms: { isPublic: () => true, own: (doc) => [tag.form(doc.id)], lists: () => [tag.formsAll], listFields: ['slug'] },
  categories: { isPublic: () => true, own: (doc) => [tag.categories, tag.articlesInCategory(doc.id)] },
  // Files marked as public documents are listed on /dokumente.
  media: { isPublic: () => true, own: (doc) => [tag.media(doc.id)], lists: () => [tag.documentsAll], listFields: ['documentKind', 'public', 'title'] },
  // Redirects are answered by the front server itself, which re-reads them on every change.
  redirects: { isPublic: () => true, own: () => [] },
}
/** Menus and site settings appear on every page. */
const PUBLIC_GLOBALS = new Set(['site-settings', 'navigation'])

function yearMonth(value: unknown): string {
  const { year, month } = berlinYearMonth(String(value))
  return `${year}-${String(month).padStart(2, '0')}`
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** What a change from one public state to another touches (null: nothing readers could see changed). */
export function reachOfChange(content: PublicContent, before: Doc | null, after: Doc | null): ChangeReach | null {
  const wasPublic = before && content.isPublic(before) ? before : null
  const isPublic = after && content.isPublic(after) ? after : null
  if (!wasPublic && !isPublic) return null
  const sides = [wasPublic, isPublic].filter((doc): doc is Doc => doc !== null)
  const moved = !wasPublic || !isPublic || (content.listFields ?? []).some((field) => !same(wasPublic[field], isPublic[field]))
  const tags = new Set(sides.flatMap(content.own))
  if (moved) for (const doc of sides) for (const listTag of content.lists?.(doc) ?? []) tags.add(listTag)
  const points = moved ? sides.flatMap((doc) => content.points?.(doc) ?? []) : []
  return { tags: [...tags], ...(points.length ? { points } : {}), ...(wasPublic && !isPublic ? { withdrawn: true } : {}) }
}

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

/** The document as the main table holds it: its published state, whatever drafts exist beside it. */
async function mainRecord(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<Doc | null> {
  return (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Doc | null
}

const BEFORE = 'publicContentBefore'

/** Keeps the public state before an update, to compare with the state after it. */
const rememberPublicState: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, context }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) context[BEFORE] = await mainRecord(req, collection.slug, originalDoc.id)
}

const afterCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  const before = operation === 'update' ? ((context[BEFORE] as Doc | null | undefined) ?? null) : null
  const after = await mainRecord(req, collection.slug, doc.id)
  // A draft save (autosave included) leaves the main table as it was: readers see nothing new.
  if (before && after && before.updatedAt === after.updatedAt) return doc
  const reach = reachOfChange(PUBLIC_COLLECTIONS[collection.slug], before, after)
  if (reach) await announce(req, { source: collection.slug, id: doc.id, reason: operation, ...reach })
  return doc
}

const afterCollectionDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const reach = reachOfChange(PUBLIC_COLLECTIONS[collection.slug], doc as Doc, null)
  if (reach) await announce(req, { source: collection.slug, id: doc.id, reason: 'delete', ...reach })
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await announce(req, { source: global.slug, reason: 'update', all: true })
  return doc
}

/** Adds the refresh hooks to each public collection of the list. */
export function withPublicCacheInvalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    PUBLIC_COLLECTIONS[collection.slug]
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberPublicState],
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
export function publicCacheHooksFor(slug: string): Pick<NonNullable<CollectionConfig['hooks']>, 'beforeChange' | 'afterChange' | 'afterDelete'> {
  return PUBLIC_COLLECTIONS[slug] ? { beforeChange: [rememberPublicState], afterChange: [afterCollectionChange], afterDelete: [afterCollectionDelete] } : {}
}

/** Adds the refresh hook to each public global of the list. */
export function withPublicGlobalInvalidation(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) =>
    PUBLIC_GLOBALS.has(global.slug)
      ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
      : global,
  )
}

/**
 * What changes by time alone, with no write: an article becoming visible at its
 * publish date, an event leaving the coming ones when it is over. The front
 * server's timer announces these to itself (src/server/).
 */
export const reachOfDueArticle = (article: Doc): ChangeReach | null => reachOfChange(PUBLIC_COLLECTIONS.articles, null, article)
export const reachOfEndedEvent = (event: { id: number | string }): ChangeReach => ({ tags: [tag.event(event.id), tag.eventsAll] })
