/**
 * The page cache under editorial work, on two app instances: each cached page
 * records what it shows, and a change drops exactly the pages that show it —
 * on every instance; a draft save (autosave) drops nothing; unknown query
 * parameters share the page's canonical entry.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { admin, editor, servedFromCache, staffHeaders, startSecondInstance, warmPageCache } from './helpers'

test.describe.configure({ mode: 'serial' })

type Article = { id: number; slug: string; title: string; teaser?: string; publishedAt: string; categories: number[]; organisations?: number[]; heroImage?: number | null }

let second: Awaited<ReturnType<typeof startSecondInstance>>
let instances: string[]
let paths: Record<string, string>
let articleA: Article
let categoryC: { id: number; slug: string; title: string }
let categoryD: { id: number; slug: string; title: string }

const json = async (request: APIRequestContext, url: string, headers: Record<string, string> = {}) => {
  const response = await request.get(url, { headers })
  expect(response.status(), url).toBe(200)
  return response.json()
}

test.beforeAll(async ({ request, baseURL }) => {
  second = await startSecondInstance()
  instances = [baseURL!, second.url]

  // What readers see: the newest article A, in category C; an older article B sharing no category with it.
  const articles = (await json(request, '/api/articles?limit=200&depth=0&sort=-publishedAt')).docs as Article[]
  articleA = articles[0]
  const categories = (await json(request, '/api/categories?limit=100&depth=0')).docs as { id: number; slug: string; title: string }[]
  categoryC = categories.find((c) => c.id === articleA.categories[0])!
  const articleB = articles.slice(12).find((a) => a.categories.length > 0 && !a.categories.some((id) => articleA.categories.includes(id)))!
  expect(articleB, 'an older article in other categories than the newest').toBeDefined()
  categoryD = categories.find((c) => c.id === articleB.categories[0])!
  const organisations = (await json(request, '/api/member-organisations?limit=100&depth=0')).docs as { id: number; slug: string }[]
  const organisation = organisations.find((o) => !(articleA.organisations ?? []).includes(o.id))!

  paths = {
    articleA: `/aktuelles/nachrichten/${articleA.slug}`,
    articleB: `/aktuelles/nachrichten/${articleB.slug}`,
    home: '/',
    news: '/aktuelles',
    categoryC: `/aktuelles/kategorie/${categoryC.slug}`,
    categoryD: `/aktuelles/kategorie/${categoryD.slug}`,
    archive: '/aktuelles/archiv',
    imprint: '/impressum',
    directory: '/mitgliedsvereine',
    profile: `/mitgliedsvereine/${organisation.slug}`,
    migo: '/migo',
    search: '/suche?q=Essen',
    // A search for a word only the new article of a test below contains, and one nothing matches.
    searchNew: '/suche?q=Sprachpatenschaft',
    searchNone: '/suche?q=Quadratwurzel',
    feed: '/feed.xml',
    sitemap: '/sitemap.xml',
  }
})

test.afterAll(async () => {
  await second?.stop()
})

/** Every instance hears every change committed so far: a write request makes its next read wait for them. */
async function settle(request: APIRequestContext) {
  for (const instance of instances) await request.post(`${instance}/api/nothing-here`)
}

async function warmAll(request: APIRequestContext) {
  await settle(request)
  for (const instance of instances) for (const path of Object.values(paths)) await warmPageCache(request, `${instance}${path}`)
}

/** After a change: which of the named pages each instance still serves from its cache (one request each, no retry). */
async function expectAfterChange(request: APIRequestContext, { dropped, kept }: { dropped: string[]; kept: string[] }) {
  await settle(request)
  for (const instance of instances) {
    for (const name of dropped) {
      const response = await request.get(`${instance}${paths[name]}`)
      expect(response.status(), `${instance} ${name}`).toBe(200)
      expect(servedFromCache(response), `${name} (${paths[name]}) dropped on ${instance}`).toBe(false)
    }
    for (const name of kept) {
      const response = await request.get(`${instance}${paths[name]}`)
      expect(servedFromCache(response), `${name} (${paths[name]}) still cached on ${instance}`).toBe(true)
    }
  }
}

test('an autosave of a published article drops nothing, on either instance', async ({ request }) => {
  const headers = await staffHeaders(request, editor())
  await warmAll(request)
  const saved = await request.patch(`/api/articles/${articleA.id}?draft=true&autosave=true`, {
    headers,
    data: { title: articleA.title, teaser: 'Ein Entwurf, den noch niemand sehen soll.' },
  })
  expect(saved.status()).toBe(200)
  await expectAfterChange(request, { dropped: [], kept: Object.keys(paths) })
  const page = await (await request.get(`${instances[1]}${paths.articleA}`)).text()
  expect(page).not.toContain('Ein Entwurf, den noch niemand sehen soll.')
})

test('publishing an edit of an article drops the pages that show it, nothing else', async ({ request }) => {
  const headers = await staffHeaders(request, editor())
  await warmAll(request)
  const teaser = `Korrigierter Teaser aus Essen ${Date.now()}`
  const saved = await request.patch(`/api/articles/${articleA.id}`, { headers, data: { teaser, _status: 'published' } })
  expect(saved.status()).toBe(200)
  await expectAfterChange(request, {
    // A is the newest article: its page, and every list whose first page shows its card; the searches it matches.
    dropped: ['articleA', 'home', 'news', 'categoryC', 'feed', 'sitemap', 'search'],
    kept: ['articleB', 'categoryD', 'archive', 'imprint', 'directory', 'profile', 'migo', 'searchNew', 'searchNone'],
  })
  expect(await (await request.get(`${instances[1]}${paths.articleA}`)).text()).toContain(teaser)
})

test('a new article drops the lists it enters, not the other articles’ pages', async ({ request }) => {
  const headers = await staffHeaders(request, editor())
  await warmAll(request)
  const created = await request.post('/api/articles', {
    headers,
    data: { title: `Sprachpatenschaft ${Date.now()}`, slug: `sprachpatenschaft-${Date.now()}`, _status: 'published', categories: [categoryC.id], teaser: 'Neu.' },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id as number
  await expectAfterChange(request, {
    dropped: ['home', 'news', 'categoryC', 'archive', 'feed', 'sitemap', 'searchNew'],
    // A's related box shows the articles just before it: a newer one does not enter it. Searches it does not match stay.
    kept: ['articleA', 'articleB', 'categoryD', 'imprint', 'directory', 'profile', 'migo', 'search', 'searchNone'],
  })
  await warmAll(request)
  expect((await request.delete(`/api/articles/${id}`, { headers })).status()).toBe(200)
  await expectAfterChange(request, { dropped: ['home', 'news', 'categoryC', 'archive'], kept: ['articleA', 'articleB', 'imprint', 'profile'] })
})

test('a free page, an organisation, a category and an image each drop only the pages that show them', async ({ request }) => {
  const editorHeaders = await staffHeaders(request, editor())
  const adminHeaders = await staffHeaders(request, admin())

  await warmAll(request)
  const imprint = (await json(request, '/api/pages?where[slug][equals]=impressum&depth=0')).docs[0] as { id: number; meta?: { description?: string } }
  expect((await request.patch(`/api/pages/${imprint.id}`, { headers: editorHeaders, data: { meta: { description: `Impressum ${Date.now()}` }, _status: 'published' } })).status()).toBe(200)
  await expectAfterChange(request, { dropped: ['imprint', 'sitemap'], kept: ['articleA', 'articleB', 'home', 'news', 'directory', 'profile', 'migo', 'search'] })

  await warmAll(request)
  const organisation = (await json(request, `/api/member-organisations?where[slug][equals]=${paths.profile.split('/').pop()}&depth=0`, adminHeaders)).docs[0] as { id: number }
  const changed = await request.patch(`/api/member-organisations/${organisation.id}`, {
    headers: adminHeaders,
    data: { shortDescription: `Neue Kurzbeschreibung aus Essen ${Date.now()}`, _status: 'published' },
  })
  expect(changed.status()).toBe(200)
  await expectAfterChange(request, {
    dropped: ['directory', 'profile', 'home', 'search'],
    kept: ['articleA', 'articleB', 'news', 'categoryC', 'imprint', 'migo', 'searchNone'],
  })

  await warmAll(request)
  const renamed = await request.patch(`/api/categories/${categoryD.id}`, { headers: editorHeaders, data: { title: `${categoryD.title} (neu)` } })
  expect(renamed.status()).toBe(200)
  // Category names stand on every article and card (the profile's news too); the directory, free pages and migo's archive show none.
  await expectAfterChange(request, { dropped: ['articleA', 'articleB', 'news', 'categoryD', 'profile'], kept: ['imprint', 'directory', 'migo'] })
  expect((await request.patch(`/api/categories/${categoryD.id}`, { headers: editorHeaders, data: { title: categoryD.title } })).status()).toBe(200)

  if (articleA.heroImage) {
    await warmAll(request)
    const before = (await (await request.get(`/api/media/${articleA.heroImage}`)).json()) as { alt: string }
    const alt = `Neue Bildbeschreibung ${Date.now()}`
    const image = await request.patch(`/api/media/${articleA.heroImage}`, { headers: editorHeaders, data: { caption: `Bildunterschrift ${Date.now()}`, alt } })
    expect(image.status()).toBe(200)
    // Demo photos recur on many cards (the profile's news among them): only pages without images stay.
    await expectAfterChange(request, { dropped: ['articleA', 'home'], kept: ['imprint', 'migo'] })
    // The cards render again with the image as changed, not as kept in memory before (src/content/images.ts).
    const home = await (await request.get('/')).text()
    expect(home).toContain(`alt="${alt}"`)
    expect(home).not.toContain(`alt="${before.alt}"`)
    await request.patch(`/api/media/${articleA.heroImage}`, { headers: editorHeaders, data: { alt: before.alt } })
  }
})

test('a new migo issue drops the archive and the home page (its current issue), not the news', async ({ request }) => {
  const headers = await staffHeaders(request, editor())
  await warmAll(request)
  const created = await request.post('/api/newsletter-issues', {
    headers,
    data: { issueNumber: 900 + (Date.now() % 90), title: 'migo Cache-Test', slug: `migo-cache-test-${Date.now()}`, month: '2099-12-01T00:00:00.000Z', _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  // Not sent yet, it is not found by the search: the search pages stay.
  await expectAfterChange(request, { dropped: ['migo', 'home'], kept: ['articleA', 'articleB', 'news', 'imprint', 'directory', 'profile', 'search', 'searchNone'] })
  expect((await request.delete(`/api/newsletter-issues/${(await created.json()).doc.id}`, { headers })).status()).toBe(200)
})

test('a change of the menus drops every page', async ({ request }) => {
  const headers = await staffHeaders(request, admin())
  await warmAll(request)
  const navigation = await json(request, '/api/globals/navigation?depth=0')
  expect((await request.post('/api/globals/navigation', { headers, data: { header: navigation.header, footer: navigation.footer } })).status()).toBe(200)
  await expectAfterChange(request, { dropped: Object.keys(paths), kept: [] })
})

test('unknown query parameters share the canonical entry; the page never sees them', async ({ request }) => {
  await warmAll(request)
  for (const instance of instances) {
    const shared = await request.get(`${instance}/aktuelles?utm_source=newsletter&fbclid=abc123`)
    expect(servedFromCache(shared)).toBe(true)
    expect(await shared.text()).not.toContain('utm_source')
    const search = await request.get(`${instance}/suche?utm_campaign=x&q=Essen`)
    expect(servedFromCache(search)).toBe(true)
  }
})
