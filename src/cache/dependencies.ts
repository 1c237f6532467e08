import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What a public page shows, recorded while it renders, so that a change drops
 * exactly the cached pages that show it (src/server/pageCache.ts).
 *
 * The vocabulary is shared by the two sides: the content module (src/content/)
 * records the tags of what each query returns, and the change declarations
 * (src/cache/invalidation.ts) announce the tags a change touches.
 *
 * - a document: `article:12`, `org:7`, `page:3`, `migo:5`, `media:40` — a page
 *   showing it (its own page, a card, a box) is dropped when it changes;
 * - a list by its membership: `articles:all`, `articles:category:4`,
 *   `articles:month:2026-11`, `articles:mentions:7`, `orgs:all`, `pages:all`,
 *   `migo:all`, `categories` — dropped when a document enters or leaves it, or
 *   moves within it;
 * - a search (`search`, with the searches themselves and every document they
 *   match): a change of searchable content drops the pages of the searches the
 *   changed document matched (its tag) or matches now (the front server asks
 *   PostgreSQL: src/server/searchReach.ts), not the others;
 * - a range of a list (the related articles before an article): dropped when a
 *   change lands a document of that list inside the range (a point).
 *
 * Globals (menus, site settings) appear on every page; their change drops all.
 */

export const dependencyTags = {
  article: (id: number | string) => `article:${id}`,
  articlesAll: 'articles:all',
  articlesInCategory: (id: number | string) => `articles:category:${id}`,
  articlesInMonth: (yearMonth: string) => `articles:month:${yearMonth}`,
  articlesMentioning: (organisationId: number | string) => `articles:mentions:${organisationId}`,
  organisation: (id: number | string) => `org:${id}`,
  organisationsAll: 'orgs:all',
  page: (id: number | string) => `page:${id}`,
  pagesAll: 'pages:all',
  migoIssue: (id: number | string) => `migo:${id}`,
  migoAll: 'migo:all',
  media: (id: number | string) => `media:${id}`,
  documentsAll: 'documents:all',
  event: (id: number | string) => `event:${id}`,
  eventsAll: 'events:all',
  project: (id: number | string) => `project:${id}`,
  projectsAll: 'projects:all',
  form: (id: number | string) => `form:${id}`,
  formsAll: 'forms:all',
  categories: 'categories',
  search: 'search',
} as const

/** A stretch of a list in time (ms since the epoch, both ends included). */
export type DependencyRange = { tag: string; from: number; to: number }

/** `searches`: the searches the page shows the results of (src/search/recordedSearch.ts), when it records `search`. */
export type PageDependencies = { tags: Set<string>; ranges: DependencyRange[]; searches?: Set<string> }

/**
 * A change's reach: the tags it touches and the points in time it touches
 * lists at; `all` drops everything. `withdrawn`: content left the public site
 * (unpublished, deleted) — the pages showing it must not be served from
 * before the change even for a moment (others may be, while they render again).
 */
export type ChangeReach = {
  all?: boolean
  tags?: string[]
  points?: { tag: string; at: number }[]
  withdrawn?: boolean
  /** Searches the changed document matches neither before nor after the change: their pages are spared `search`. */
  unmatchedSearches?: string[]
}

/** A search page every one of whose searches the change was found not to concern. */
function spared(dependencies: PageDependencies, change: ChangeReach): boolean {
  const { searches } = dependencies
  return Boolean(change.unmatchedSearches && searches?.size && [...searches].every((search) => change.unmatchedSearches!.includes(search)))
}

/** Whether a page with these dependencies shows something the change touched. */
export function isAffected(dependencies: PageDependencies, change: ChangeReach): boolean {
  if (change.all) return true
  if (change.tags?.some((tag) => dependencies.tags.has(tag) && !(tag === dependencyTags.search && spared(dependencies, change)))) return true
  return Boolean(change.points?.some((point) => dependencies.ranges.some((range) => range.tag === point.tag && range.from <= point.at && point.at <= range.to)))
}

/**
 * One store shared by the front server (which starts a render) and the app's
 * code inside Next (which Next bundles separately): hence kept on globalThis.
 */
const KEY = Symbol.for('evi.pageDependencies')
type WithStore = typeof globalThis & { [KEY]?: AsyncLocalStorage<PageDependencies> }
function store(): AsyncLocalStorage<PageDependencies> {
  const g = globalThis as WithStore
  g[KEY] ??= new AsyncLocalStorage<PageDependencies>()
  return g[KEY]
}

/**
 * Starts a render so that everything it records lands in the returned
 * dependencies (complete once the render has finished).
 */
export function collectDependencies<T>(render: () => T): { result: T; dependencies: PageDependencies } {
  const dependencies: PageDependencies = { tags: new Set(), ranges: [] }
  return { result: store().run(dependencies, render), dependencies }
}

/** Notes that the page being rendered shows these documents or lists (a no-op outside a front-server render). */
export function recordDependency(...tags: (string | null | undefined | false)[]): void {
  const current = store().getStore()
  if (!current) return
  for (const tag of tags) if (tag) current.tags.add(tag)
}

/** Notes that the page shows the results of a search (its key: src/search/recordedSearch.ts) and which documents it matched. */
export function recordSearch(key: string, matchedTags: string[]): void {
  const current = store().getStore()
  if (!current) return
  current.tags.add(dependencyTags.search)
  for (const tag of matchedTags) current.tags.add(tag)
  ;(current.searches ??= new Set()).add(key)
}

/** Notes that the page shows the part of a list between two moments. */
export function recordRange(tag: string, from: number, to: number): void {
  store().getStore()?.ranges.push({ tag, from: Math.min(from, to), to: Math.max(from, to) })
}
