/**
 * A change of searchable content drops only the search pages it concerns:
 * those whose search the changed document matches now (asked of PostgreSQL,
 * src/server/searchReach.ts) or matched when the page was rendered (each
 * search page records every document it matched, src/content/search.ts).
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { PublicContentChange } from '@/cache/channel'
import { collectDependencies, isAffected } from '@/cache/dependencies'
import { searchSite } from '@/content/search'
import { slugify } from '@/lib/slugify'
import { toPrefixTsquery } from '@/search/query'
import { searchKey } from '@/search/recordedSearch'
import { SEARCH_SOURCES } from '@/search/sources'
import { paragraph, richText } from '@/seed/lexical'
import { narrowSearchReach } from '@/server/searchReach'

import { testPayload } from '../helpers/payload'

let payload: Payload
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
const quiet = { warn: () => {} }
const ALL_KINDS = SEARCH_SOURCES.map((source) => source.kind)
const key = (word: string, locale: 'de' | 'tr' = 'de', kinds = ALL_KINDS) => searchKey({ kinds, locale, words: toPrefixTsquery(word)! })

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(() => pool.end())

async function publish(title: string, body: string) {
  const stamp = Date.now()
  return payload.create({
    collection: 'articles',
    data: { title, slug: `${slugify(title)}-${stamp}`, body: richText(paragraph(body)), _status: 'published', publishedAt: new Date(stamp - 60_000).toISOString() },
  })
}

/** What the hooks announce for a change of an article's public state (src/cache/invalidation.ts). */
const articleChange = (id: number): PublicContentChange => ({ source: 'articles', id, reason: 'update', tags: [`article:${id}`, 'search', 'articles:all'] })

it('a new article concerns the kept searches it matches (prefixes, German text for other languages), not the others', async () => {
  const { id } = await publish('Sprachpatenschaften für Familien', 'Ehrenamtliche begleiten neu zugezogene Familien.')
  const kept = [key('Sprachpatenschaft'), key('sprachpaten'), key('Sprachpatenschaft', 'tr'), key('Fußballturnier'), key('Sprachpatenschaft', 'de', ['organisation'])]
  const narrowed = await narrowSearchReach(articleChange(id), () => kept, pool, quiet)
  expect(narrowed.unmatchedSearches).toEqual([key('Fußballturnier'), key('Sprachpatenschaft', 'de', ['organisation'])])
  // The rest of the change is untouched.
  expect(narrowed.tags).toEqual(articleChange(id).tags)
})

it('a search page is dropped by a document it matched before the change, or matches after it, and kept otherwise', async () => {
  const first = await publish('Lesepaten gesucht', 'Der Verbund sucht Lesepaten für die Grundschule.')
  const { result, dependencies } = collectDependencies(() => searchSite('Lesepaten', 'de'))
  expect((await result).hits.map((hit) => hit.id)).toContain(first.id)
  expect(dependencies.searches).toEqual(new Set([key('Lesepaten')]))
  const kept = [key('Lesepaten')]

  const unrelated = await publish('Kochkurs im Stadtteil', 'Gekocht wird türkisch und syrisch.')
  expect(isAffected(dependencies, await narrowSearchReach(articleChange(unrelated.id), () => kept, pool, quiet))).toBe(false)

  const matching = await publish('Noch mehr Lesepaten', 'Auch die Gesamtschule sucht.')
  expect(isAffected(dependencies, await narrowSearchReach(articleChange(matching.id), () => kept, pool, quiet))).toBe(true)

  // Edited so that it no longer matches: the page showed it, so it goes.
  await payload.update({ collection: 'articles', id: first.id, data: { title: 'Vorlesen in der Grundschule', body: richText(paragraph('Ehrenamtliche lesen vor.')) } })
  const edit = await narrowSearchReach(articleChange(first.id), () => kept, pool, quiet)
  expect(edit.unmatchedSearches).toEqual(kept)
  expect(isAffected(dependencies, edit)).toBe(true)
})

it('when the database cannot tell, every search page is dropped; changes that are not searchable are left as they are', async () => {
  const { id } = await publish('Sprechstunde der Migrationsberatung', 'Jeden Dienstag.')
  const failing = { query: () => Promise.reject(new Error('connection terminated')) }
  expect((await narrowSearchReach(articleChange(id), () => [key('Sprechstunde')], failing, quiet)).unmatchedSearches).toBeUndefined()
  const menus: PublicContentChange = { source: 'navigation', reason: 'update', all: true }
  expect(await narrowSearchReach(menus, () => expect.unreachable('the kept searches are read only for searchable content'), pool, quiet)).toBe(menus)
})
