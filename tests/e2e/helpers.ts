/** Shared steps of the browser tests. */
import fs from 'node:fs'
import path from 'node:path'

import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { simpleParser, type ParsedMail } from 'mailparser'

import { startAppServer } from '../helpers/appServer'
import { freePort } from '../helpers/postgresServer'

export const editor = () => ({ email: process.env.E2E_EDITOR_EMAIL!, password: process.env.E2E_EDITOR_PASSWORD! })
export const admin = () => ({ email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! })

/** Logs in through the REST API; returns the token and the user. */
export async function apiLogin(request: APIRequestContext, credentials: { email: string; password: string }) {
  const response = await request.post('/api/users/login', { data: credentials })
  expect(response.status()).toBe(200)
  const body = await response.json()
  return { token: body.token as string, user: body.user as { id: number; role: string } }
}

/** Logs in through the admin's login form. */
export async function adminLogin(page: Page, credentials: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(credentials.email)
  await page.getByLabel('Passwort').fill(credentials.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** The REST headers of a logged-in staff member (JWT, so no cookie is needed). */
export async function staffHeaders(request: APIRequestContext, credentials: { email: string; password: string }) {
  return { Authorization: `JWT ${(await apiLogin(request, credentials)).token}` }
}

/** The id of a category, looked up by its slug as any reader can. */
export async function categoryId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/categories?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`)
  expect(response.status()).toBe(200)
  const [category] = (await response.json()).docs as { id: number }[]
  expect(category, `category ${slug}`).toBeDefined()
  return category.id
}

/**
 * The slugs of every article an anonymous reader may see, asked through the
 * REST API (the same access rules as the pages). Pass a request context that
 * is not logged in.
 */
export async function publicArticleSlugs(reader: APIRequestContext): Promise<string[]> {
  const response = await reader.get('/api/articles?limit=1000&depth=0&select[slug]=true')
  expect(response.status()).toBe(200)
  return ((await response.json()).docs as { slug: string }[]).map((doc) => doc.slug)
}

/** Whether the front server answered from its page cache. */
export const servedFromCache = (response: { headers: () => Record<string, string> }) => response.headers()['x-page-cache'] === 'HIT'

/**
 * Puts a public URL into the page cache and proves it is there: a request
 * renders (and stores) the page, the following one must be a cache hit.
 * Invalidations reach the server asynchronously (PostgreSQL NOTIFY), so one
 * left over from an earlier write may drop the fresh copy; only this setup
 * step retries. Checks after a change are single requests and never retry.
 */
export async function warmPageCache(request: APIRequestContext, path: string): Promise<string> {
  let body = ''
  await expect
    .poll(
      async () => {
        const first = await request.get(path)
        expect(first.status(), path).toBe(200)
        const second = await request.get(path)
        expect(second.status(), path).toBe(200)
        body = await second.text()
        return servedFromCache(second)
      },
      { message: `${path} served from the page cache`, timeout: 10_000 },
    )
    .toBe(true)
  return body
}

/** The path of an absolute URL: feeds and sitemaps name the public origin, the tests run on another port. */
export const pathOf = (url: string) => {
  const { pathname, search } = new URL(url)
  return pathname + search
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'url' || name === 'category',
})

/** Parses XML after checking it is well-formed; fails the test with the parser's message when it is not. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml)
  expect(valid, 'well-formed XML').toBe(true)
  return xmlParser.parse(xml) as Record<string, unknown>
}

export type RssItem = { title: string; link: string; guid: string | { '#text': string }; pubDate: string; category?: string[]; description?: string }
export type RssChannel = { title: string; link: string; description: string; item?: RssItem[] }

/** An RSS 2.0 document: `<rss version="2.0">` with one channel. */
export function parseRss(xml: string): RssChannel {
  const rss = parseXml(xml).rss as { '@_version'?: string; channel?: RssChannel } | undefined
  expect(rss?.['@_version'], '<rss version="2.0">').toBe('2.0')
  expect(rss?.channel, '<channel>').toBeDefined()
  return rss!.channel!
}

/** The paths listed in a sitemap (`<urlset><url><loc>`). */
export function sitemapPaths(xml: string): string[] {
  const urlset = parseXml(xml).urlset as { url?: { loc: string }[] } | undefined
  expect(urlset, '<urlset>').toBeDefined()
  return (urlset!.url ?? []).map((entry) => pathOf(entry.loc))
}

type Headers = Record<string, string>
export type CreatedArticle = { id: number; slug: string; title: string; _status: string; publishedAt?: string | null }

/** Creates an article through the REST API as staff; `_status: 'draft'` saves a draft only. */
export async function createArticle(request: APIRequestContext, headers: Headers, data: Record<string, unknown>): Promise<CreatedArticle> {
  const draft = data._status === 'draft'
  const response = await request.post(`/api/articles${draft ? '?draft=true' : ''}`, { headers, data })
  expect(response.status(), JSON.stringify(await response.json().catch(() => null))).toBe(201)
  return (await response.json()).doc as CreatedArticle
}

/** Changes an article through the REST API as staff (`draft` saves a new draft version only). */
export async function updateArticle(
  request: APIRequestContext,
  headers: Headers,
  id: number,
  data: Record<string, unknown>,
  options: { draft?: boolean } = {},
): Promise<CreatedArticle> {
  const response = await request.patch(`/api/articles/${id}${options.draft ? '?draft=true' : ''}`, { headers, data })
  expect(response.status(), JSON.stringify(await response.json().catch(() => null))).toBe(200)
  return (await response.json()).doc as CreatedArticle
}

/** Removes test articles and the redirects that point from or to them. */
export async function deleteArticles(request: APIRequestContext, headers: Headers, articles: { id: number; paths: string[] }[]) {
  for (const { id, paths } of articles) {
    const response = await request.delete(`/api/articles/${id}`, { headers })
    expect([200, 404], `delete article ${id}`).toContain(response.status())
    for (const path of paths) {
      for (const field of ['from', 'to']) {
        const redirects = await request.delete(`/api/redirects?where[${field}][equals]=${encodeURIComponent(path)}`, { headers })
        expect(redirects.status(), `delete redirects ${field} ${path}`).toBe(200)
      }
    }
  }
}

/**
 * Every mail the site has sent in this run, oldest first: the site sends over
 * SMTP to the test sink, which keeps each message as an .eml file in
 * E2E_MAIL_DIR with names that sort by arrival (tests/e2e/globalSetup.ts).
 */
export async function readMails(): Promise<ParsedMail[]> {
  const dir = process.env.E2E_MAIL_DIR!
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
  return Promise.all(files.map(async (name) => simpleParser(await fs.promises.readFile(path.join(dir, name)))))
}

/** Whether the mail's To header names this address. */
export const sentTo = (mail: ParsedMail, address: string): boolean =>
  [mail.to ?? []].flat().some((to) => to.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase()))

/**
 * Waits until exactly `count` of the mails sent so far match and returns them,
 * oldest first. Mail may leave a moment after the page answered, so this polls;
 * more matching mails than `count` fail the test as well.
 */
export async function waitForMails(match: (mail: ParsedMail) => boolean, count: number): Promise<ParsedMail[]> {
  let found: ParsedMail[] = []
  await expect
    .poll(
      async () => {
        found = (await readMails()).filter(match)
        return found.length
      },
      { message: `${count} matching mail(s) in E2E_MAIL_DIR` },
    )
    .toBe(count)
  return found
}

/**
 * A second production server on the test database (another app instance
 * behind the same load balancer, as it were): it hears the same changes and
 * must behave as the same site. It runs no jobs and sends no migo.
 */
export async function startSecondInstance(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startAppServer(
    {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      MEDIA_DIR: process.env.E2E_MEDIA_DIR,
      PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
      JOBS_AUTORUN: 'false',
      NEWSLETTER_WORKER: 'separate',
    },
    await freePort(),
  )
  return { url: server.url, stop: () => server.stop() }
}
