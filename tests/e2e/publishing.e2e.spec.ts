/**
 * Publishing as readers see it, through the production server and its page
 * cache: a publish shows on the very next request everywhere (list, article,
 * feed, sitemap, home, category, search), an unpublish removes it just as fast,
 * drafts never reach readers, and a changed slug leaves a 301.
 *
 * Every public page is first requested twice so that the second answer comes
 * from the page cache (`x-page-cache: HIT`); the check after the change is one
 * request, so it proves the cache was dropped, not that it expired.
 */
import { randomBytes } from 'node:crypto'

import { expect, test as base, type APIRequestContext, type APIResponse } from '@playwright/test'

import { articlePath } from '../../src/lib/paths'

import {
  categoryId,
  createArticle,
  deleteArticles,
  editor,
  parseRss,
  servedFromCache,
  sitemapPaths,
  staffHeaders,
  updateArticle,
  warmPageCache,
} from './helpers'

/** `reader`: an anonymous visitor with no cookies at all; `staff`: the editor's REST headers. */
const test = base.extend<{ reader: APIRequestContext; staff: Record<string, string> }>({
  reader: async ({ playwright, baseURL }, provide) => {
    const reader = await playwright.request.newContext({ baseURL })
    await provide(reader)
    await reader.dispose()
  },
  staff: async ({ request }, provide) => provide(await staffHeaders(request, editor())),
})

/** Articles made by the running test, removed afterwards whatever happened. */
let created: { id: number; paths: string[] }[] = []
test.afterEach(async ({ request, staff }) => {
  await deleteArticles(request, staff, created)
  created = []
})

/** A word that occurs in no other article: the search must find exactly this one. */
const uniqueWord = () => `Testwort${randomBytes(4).toString('hex')}`

const searchPath = (word: string) => `/suche?q=${encodeURIComponent(word)}`
const linksTo = (html: string, path: string) => html.includes(`href="${path}"`)
const feedPaths = (xml: string) => (parseRss(xml).item ?? []).map((item) => new URL(item.link).pathname)

/** What each public place shows of one article, read with one request per place. */
async function visibility(reader: APIRequestContext, path: string, word: string, categoryPath: string) {
  const get = async (url: string) => {
    const response = await reader.get(url)
    return { response, text: await response.text() }
  }
  const [list, home, category, search, feed, sitemap, article] = [
    await get('/aktuelles'),
    await get('/'),
    await get(categoryPath),
    await get(searchPath(word)),
    await get('/feed.xml'),
    await get('/sitemap.xml'),
    await get(path),
  ]
  return {
    responses: { list, home, category, search, feed, sitemap, article } as Record<string, { response: APIResponse; text: string }>,
    shown: {
      list: linksTo(list.text, path),
      home: linksTo(home.text, path),
      category: linksTo(category.text, path),
      search: linksTo(search.text, path),
      feed: feedPaths(feed.text).includes(path),
      sitemap: sitemapPaths(sitemap.text).includes(path),
      article: article.response.status() === 200,
    },
  }
}

const everywhere = { list: true, home: true, category: true, search: true, feed: true, sitemap: true, article: true }
const nowhere = { list: false, home: false, category: false, search: false, feed: false, sitemap: false, article: false }

test('a published article is visible on the next request everywhere; unpublished, it is gone on the next request', async ({
  reader,
  request,
  staff,
}) => {
  const word = uniqueWord()
  const slug = `e2e-veroeffentlicht-${word.toLowerCase()}`
  const path = articlePath(slug)
  const categoryPath = '/aktuelles/kategorie/kultur'
  const cachedPages = ['/aktuelles', '/', categoryPath, searchPath(word), '/feed.xml', '/sitemap.xml']

  // Before: every place is cached, without the article; the article's address is a 404.
  for (const page of cachedPages) expect(linksTo(await warmPageCache(reader, page), path), page).toBe(false)
  expect((await reader.get(path)).status()).toBe(404)

  const article = await createArticle(request, staff, {
    title: `Sommerfest am Wasserturm ${word}`,
    slug,
    teaser: `Ein Fest für die ganze Nachbarschaft (${word}).`,
    categories: [await categoryId(request, 'kultur')],
    _status: 'published',
  })
  created.push({ id: article.id, paths: [path] })
  expect(article._status).toBe('published')
  expect(Date.parse(article.publishedAt!)).toBeLessThanOrEqual(Date.now())

  // The very next request to each place shows it, freshly rendered.
  const published = await visibility(reader, path, word, categoryPath)
  expect(published.shown).toEqual(everywhere)
  for (const [place, { response }] of Object.entries(published.responses)) {
    expect(servedFromCache(response), `${place} rendered anew`).toBe(false)
  }
  expect(feedPaths(published.responses.feed.text)[0], 'newest first in the feed').toBe(path)
  expect(published.responses.article.text).toContain(`Sommerfest am Wasserturm ${word}`)

  // Cached again, now with the article in it (the article page too) …
  for (const page of [...cachedPages, path]) expect(await warmPageCache(reader, page), page).toContain(path)

  // … and the unpublish removes it from every place on the next request.
  const unpublished = await updateArticle(request, staff, article.id, { _status: 'draft' })
  expect(unpublished._status).toBe('draft')
  const gone = await visibility(reader, path, word, categoryPath)
  expect(gone.shown).toEqual(nowhere)
  expect(gone.responses.article.response.status()).toBe(404)
})

test('drafts never reach anonymous readers, nor the unpublished changes of a published article', async ({ reader, request, staff }) => {
  const categoryPath = '/aktuelles/kategorie/politik'
  const politik = await categoryId(request, 'politik')

  // A new article saved as a draft only.
  const draftWord = uniqueWord()
  const draft = await createArticle(request, staff, {
    title: `Entwurf zur Ratssitzung ${draftWord}`,
    slug: `e2e-entwurf-${draftWord.toLowerCase()}`,
    teaser: `Noch nicht freigegeben (${draftWord}).`,
    categories: [politik],
    _status: 'draft',
  })
  created.push({ id: draft.id, paths: [articlePath(draft.slug)] })
  expect((await visibility(reader, articlePath(draft.slug), draftWord, categoryPath)).shown).toEqual(nowhere)
  expect((await reader.get(`/api/articles/${draft.id}`)).status()).toBe(404)
  const listed = await (await reader.get(`/api/articles?where[slug][equals]=${draft.slug}`)).json()
  expect(listed.totalDocs).toBe(0)

  // Published, but dated tomorrow: not yet public.
  const laterWord = uniqueWord()
  const later = await createArticle(request, staff, {
    title: `Vorschau auf das Herbstfest ${laterWord}`,
    slug: `e2e-spaeter-${laterWord.toLowerCase()}`,
    categories: [politik],
    publishedAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
    _status: 'published',
  })
  created.push({ id: later.id, paths: [articlePath(later.slug)] })
  expect((await visibility(reader, articlePath(later.slug), laterWord, categoryPath)).shown).toEqual(nowhere)

  // A published article whose newer draft renames it: readers keep seeing the published title only.
  const liveWord = uniqueWord()
  const hiddenWord = uniqueWord()
  const live = await createArticle(request, staff, {
    title: `Bürgersprechstunde im Juni ${liveWord}`,
    slug: `e2e-live-${liveWord.toLowerCase()}`,
    categories: [politik],
    _status: 'published',
  })
  const livePath = articlePath(live.slug)
  created.push({ id: live.id, paths: [livePath] })
  await updateArticle(request, staff, live.id, { title: `Geheimer Entwurfstitel ${hiddenWord}` }, { draft: true })
  const seen = await visibility(reader, livePath, liveWord, categoryPath)
  expect(seen.shown).toEqual(everywhere)
  expect(seen.responses.article.text).toContain(`Bürgersprechstunde im Juni ${liveWord}`)
  for (const [place, { text }] of Object.entries(seen.responses)) expect(text, place).not.toContain(hiddenWord)
  const hiddenSearch = await reader.get(searchPath(hiddenWord))
  // The query is set apart in <bdi> (it may be in another script than the page).
  expect(await hiddenSearch.text()).toContain(`Keine Treffer für „<bdi>${hiddenWord}</bdi>“`)
})

test('a changed slug of a published article leaves a 301 from the old address to the new one', async ({ reader, request, staff }) => {
  const word = uniqueWord()
  const oldSlug = `e2e-alter-name-${word.toLowerCase()}`
  const newSlug = `e2e-neuer-name-${word.toLowerCase()}`
  const article = await createArticle(request, staff, {
    title: `Umbenannter Beitrag ${word}`,
    slug: oldSlug,
    categories: [await categoryId(request, 'essen')],
    _status: 'published',
  })
  created.push({ id: article.id, paths: [articlePath(oldSlug), articlePath(newSlug)] })

  // The old address is live and cached.
  const warmed = await warmPageCache(reader, articlePath(oldSlug))
  expect(warmed).toContain(`Umbenannter Beitrag ${word}`)

  const renamed = await updateArticle(request, staff, article.id, { slug: newSlug, _status: 'published' })
  expect(renamed.slug).toBe(newSlug)

  const old = await reader.get(articlePath(oldSlug), { maxRedirects: 0 })
  expect(old.status()).toBe(301)
  expect(old.headers().location).toBe(articlePath(newSlug))
  // Query strings (shared links with tracking parameters) are kept.
  const withQuery = await reader.get(`${articlePath(oldSlug)}?ref=whatsapp`, { maxRedirects: 0 })
  expect(withQuery.status()).toBe(301)
  expect(withQuery.headers().location).toBe(`${articlePath(newSlug)}?ref=whatsapp`)

  const followed = await reader.get(articlePath(oldSlug))
  expect(followed.status()).toBe(200)
  expect(new URL(followed.url()).pathname).toBe(articlePath(newSlug))
  expect(await followed.text()).toContain(`Umbenannter Beitrag ${word}`)

  const sitemap = sitemapPaths(await (await reader.get('/sitemap.xml')).text())
  expect(sitemap).toContain(articlePath(newSlug))
  expect(sitemap).not.toContain(articlePath(oldSlug))
})
