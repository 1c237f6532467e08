/**
 * Bad input at volume, against the running server: well over 1,000 malformed
 * requests spread over every public page type, every public form, every REST
 * collection (anonymous and as staff) and the upload — broken and deeply nested
 * JSON, wrong types, huge and chunked bodies, SQL and HTML injection strings,
 * path tricks in file names, overlong and odd Unicode, page numbers out of
 * range, unknown languages and query parameters. Expected: never a 5xx; a clear
 * 4xx wherever the input cannot be used; nothing stored; markup that is stored
 * always shown escaped.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import pg from 'pg'
import sharp from 'sharp'

import { sendHugeBody } from '../helpers/hugeBody'
import { admin, adminLogin, editor, sentTo, staffHeaders, waitForMails } from './helpers'

type Answer = { status: number; type: string; body: string }
type Case = { label: string; method: string; path: string; headers?: Record<string, string>; body?: string | Buffer; mustRefuse?: boolean }

/** A request exactly as given (Playwright and fetch would normalise odd paths and bodies). */
function raw(base: string, { method, path: requestPath, headers = {}, body }: Case): Promise<Answer> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: requestPath, headers: { ...headers, connection: 'close' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const SCRIPT = '<script>alert(1)</script>'
const IMG = '"><img src=x onerror=alert(1)>'
/** Values a hostile or clumsy client sends, as they appear in a URL (already percent-encoded where needed). */
const ODD_VALUES = [
  encodeURIComponent("' OR 1=1--"),
  encodeURIComponent('1; DROP TABLE articles;--'),
  encodeURIComponent(SCRIPT),
  encodeURIComponent(IMG),
  '%00',
  '%ED%A0%80', // a lone surrogate, not valid UTF-8
  '%C0%AF', // an overlong encoding of "/"
  '%F0%9F%98%80%E2%80%AE%E2%80%8B',
  encodeURIComponent('ä'.repeat(3000)),
  encodeURIComponent('x'.repeat(6000)),
  '-1',
  '0',
  '99999999999999999999',
  '1e9',
  'NaN',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  encodeURIComponent('{"$gt":""}'),
  '%25%25%25',
  encodeURIComponent('Z̸̡̛̫͓̱̿̑̐̀̓al̶̡g̷o'),
]
const QUERY_NAMES = ['q', 'seite', 'land', 'feld', 'stadtteil', 'sprache', 'buchstabe', 'kategorie', 'utm_source', 'locale', 'draft', 'where[_status][equals]']

function publicPageCases(slugs: { article: string; organisation: string; migo: string; category: string }): Case[] {
  const pages = [
    '/',
    '/aktuelles',
    '/aktuelles/seite/2',
    `/aktuelles/kategorie/${slugs.category}`,
    '/aktuelles/archiv',
    '/aktuelles/archiv/2026/01',
    `/aktuelles/nachrichten/${slugs.article}`,
    '/mitgliedsvereine',
    `/mitgliedsvereine/${slugs.organisation}`,
    '/mitgliedsvereine/eintragen',
    '/migo',
    `/migo/${slugs.migo}`,
    '/suche',
    '/impressum',
    '/feed.xml',
    '/sitemap.xml',
    '/newsletter/danke',
    '/newsletter/bestaetigen',
    '/newsletter/abmelden',
  ]
  const cases: Case[] = []
  // Every page with every odd value in one of its (or anyone's) parameters.
  pages.forEach((page, p) =>
    ODD_VALUES.forEach((value, v) => {
      const name = QUERY_NAMES[(p + v) % QUERY_NAMES.length]
      cases.push({ label: `GET ${page}?${name}=…`, method: 'GET', path: `${page}?${name}=${value}&utm_medium=${value}` })
    }),
  )
  // Odd values as path segments: slugs, page numbers, archive months, languages.
  for (const value of ODD_VALUES) {
    for (const prefix of ['/aktuelles/nachrichten/', '/aktuelles/kategorie/', '/aktuelles/seite/', '/aktuelles/archiv/2026/', '/mitgliedsvereine/', '/migo/', '/', '/xx/aktuelles/']) {
      cases.push({ label: `GET ${prefix}…`, method: 'GET', path: `${prefix}${value}` })
    }
  }
  for (const odd of ['/zz', '/de/aktuelles', '/tr/gibt-es-nicht', '/aktuelles/archiv/99999/01', '/aktuelles/archiv/2026/13', '/aktuelles/seite/0', '/aktuelles//nachrichten', '/aktuelles/nachrichten/a/b/c', '/.env', '/.git/config', '/wp-login.php']) {
    cases.push({ label: `GET ${odd}`, method: 'GET', path: odd })
  }
  return cases
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
function formCases(): Case[] {
  const routes = ['/newsletter/anmelden', '/mitgliedsvereine/eintragen/absenden', '/newsletter/bestaetigen', '/newsletter/abmelden']
  const bodies: { label: string; headers: Record<string, string>; body: string }[] = [
    { label: 'broken percent-encoding', headers: FORM, body: 'email=%zz%&consent=%E0%A4%A' },
    { label: 'JSON sent as a form', headers: FORM, body: '{"email":"a@b.de","consent":"ja"}' },
    { label: 'JSON', headers: { 'content-type': 'application/json' }, body: '{"email":["a@b.de"],"consent":{"$ne":null}}' },
    { label: 'multipart without boundary', headers: { 'content-type': 'multipart/form-data' }, body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.de\r\n--x--' },
    { label: 'multipart, garbage', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nnonsense' },
    { label: 'XML with an entity', headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
    { label: 'no content type', headers: {}, body: 'email=a@b.de' },
    { label: 'SQL in every field', headers: FORM, body: `email=${encodeURIComponent("x' OR '1'='1")}&name=${encodeURIComponent("'; DROP TABLE orgs;--")}&token=${encodeURIComponent("' OR 1=1--")}` },
    { label: 'markup in every field, invalid address', headers: FORM, body: `email=${encodeURIComponent(SCRIPT)}&name=${encodeURIComponent(IMG)}&token=${encodeURIComponent(SCRIPT)}&source=${encodeURIComponent('//evil.example')}` },
    { label: 'arrays instead of values', headers: FORM, body: 'email[]=a@b.de&email[]=c@d.de&consent[]=ja&token[]=x' },
    { label: 'overlong Unicode', headers: FORM, body: `email=${encodeURIComponent('ä'.repeat(2000))}@b.de&name=${encodeURIComponent('😀'.repeat(1500))}` },
    { label: 'lone surrogates and controls', headers: FORM, body: 'email=%ED%A0%80%00%01@b.de&name=%E2%80%AE%C0%AF' },
    { label: 'a token far too long', headers: FORM, body: `token=${'a'.repeat(3000)}` },
    { label: 'empty body', headers: FORM, body: '' },
    { label: 'no consent', headers: FORM, body: 'email=jemand%40example.org' },
    { label: 'over the form limit', headers: FORM, body: `email=a%40b.de&x=${'a'.repeat(70 * 1024)}` },
  ]
  return routes.flatMap((route) =>
    bodies.flatMap(({ label, headers, body }) => [
      { label: `POST ${route}: ${label}`, method: 'POST', path: route, headers, body, mustRefuse: true },
      { label: `POST ${route}?odd: ${label}`, method: 'POST', path: `${route}?token=${ODD_VALUES[label.length % ODD_VALUES.length]}`, headers, body, mustRefuse: true },
    ]),
  )
}

const COLLECTIONS = [
  'articles',
  'categories',
  'media',
  'pages',
  'member-organisations',
  'newsletter-issues',
  'newsletter-subscribers',
  'newsletter-deliveries',
  'newsletter-unsubscribe-tokens',
  'redirects',
  'users',
  'payload-jobs',
  'rate-limit-hits',
]
const deeplyNested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
const JSON_BODIES: { label: string; body: string }[] = [
  { label: 'broken JSON', body: '{"title": "Test", ' },
  { label: 'deeply nested JSON', body: deeplyNested(20_000) },
  { label: 'deeply nested arrays', body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
  { label: 'wrong types', body: JSON.stringify({ title: { $gt: '' }, slug: ['a'], publishedAt: 'gestern', categories: 'alle', _status: 'veroeffentlicht', status: 42 }) },
  { label: 'prototype pollution', body: '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"role":"admin"}},"title":"x"}' },
  { label: 'SQL and markup', body: JSON.stringify({ title: "'; DROP TABLE articles;--", name: SCRIPT, email: IMG, slug: '../../etc/passwd' }) },
  { label: 'odd Unicode', body: JSON.stringify({ title: '\ud800\u0000\u202e', slug: '😀'.repeat(500) }) },
  { label: 'not an object', body: '"just a string"' },
  { label: 'null', body: 'null' },
]
const BAD_QUERIES = [
  'where[title][like]=%27%20OR%201=1--',
  'where[id][in]=1,abc',
  'where[id][equals]=99999999999999999999',
  'where[status][equals]=unbekannt',
  'where[title][near]=1,2',
  'where[title][contains]=%00',
  'where[publishedAt][greater_than]=gestern',
  'where[categories][contains]=abc',
  'where[or][0][title][exists]=vielleicht',
  'where[foo][equals]=1',
  'limit=-1&page=abc',
  'limit=1e9&depth=1000',
  'sort=%3Bdrop&locale=xx',
  'select[__proto__]=1&populate[x][y]=true',
  'draft=true&trash=true',
]

function restCases(staff: Record<string, string>): Case[] {
  const cases: Case[] = []
  for (const collection of COLLECTIONS) {
    for (const query of BAD_QUERIES) cases.push({ label: `GET /api/${collection}?${query.slice(0, 30)}`, method: 'GET', path: `/api/${collection}?${query}` })
    for (const id of ['abc', '-1', '99999999999999999999', '1.5', '%00', '..%2F..%2Fusers']) {
      cases.push({ label: `GET /api/${collection}/${id}`, method: 'GET', path: `/api/${collection}/${id}` })
      cases.push({ label: `DELETE /api/${collection}/${id}`, method: 'DELETE', path: `/api/${collection}/${id}`, mustRefuse: true })
    }
    for (const { label, body } of JSON_BODIES) {
      const json = { 'content-type': 'application/json' }
      cases.push({ label: `POST /api/${collection}: ${label}`, method: 'POST', path: `/api/${collection}`, headers: json, body, mustRefuse: true })
      cases.push({ label: `PATCH /api/${collection}/1: ${label}`, method: 'PATCH', path: `/api/${collection}/1`, headers: json, body, mustRefuse: true })
      // Staff send bad data too: it is refused, not half-stored. (Markup and odd Unicode in a title are text a staff member may store.)
      if (['articles', 'pages', 'categories', 'newsletter-issues'].includes(collection) && !['prototype pollution', 'SQL and markup', 'odd Unicode'].includes(label)) {
        cases.push({ label: `POST /api/${collection} as staff: ${label}`, method: 'POST', path: `/api/${collection}`, headers: { ...json, ...staff }, body, mustRefuse: true })
      }
    }
    cases.push({ label: `PATCH /api/${collection} (bulk, anonymous)`, method: 'PATCH', path: `/api/${collection}?where[id][exists]=true`, headers: { 'content-type': 'application/json' }, body: '{"title":"x"}', mustRefuse: true })
  }
  return cases
}

async function uploadCases(staff: Record<string, string>): Promise<Case[]> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } }).png().toBuffer()
  const names = ['../../etc/passwd.png', '..\\..\\..\\evil.png', '/etc/evil.png', 'evil.png\u0000.php', `${'ü'.repeat(300)}.png`, '.htaccess', 'CON.png', '%2e%2e%2fevil.png', 'evil.svg', 'a"b\r\nX-Injected: 1.png']
  const cases: Case[] = []
  for (const name of names) {
    for (const variant of ['no alt text', 'not an image', 'anonymous']) {
      const boundary = 'evi-fuzz-boundary'
      const content = variant === 'not an image' ? Buffer.from('<?php system($_GET["c"]); ?>') : png
      const parts = [
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
        content,
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(variant === 'no alt text' ? {} : { alt: 'Test' })}\r\n--${boundary}--\r\n`,
      ]
      cases.push({
        label: `upload ${JSON.stringify(name).slice(0, 30)}: ${variant}`,
        method: 'POST',
        path: '/api/media',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(variant === 'anonymous' ? {} : staff) },
        body: Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part))),
        mustRefuse: true,
      })
    }
  }
  return cases
}

/** Row counts of every table whose content a request could add to (not the counters that rate limits and logins keep). */
async function tableCounts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
       and table_name not similar to '(rate_limit%|payload_locked%|payload_preferences%|users_sessions|payload_migrations|payload_jobs%|payload_kv%)'`,
    )
    const counts: Record<string, number> = {}
    for (const { table_name } of rows) counts[table_name] = Number((await client.query(`select count(*) from "${table_name}"`)).rows[0].count)
    return counts
  } finally {
    await client.end()
  }
}

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []

test('over 1,000 malformed requests: never a 5xx, a clear 4xx where the input cannot be used, nothing stored', async ({ request, baseURL }) => {
  test.setTimeout(600_000)
  const staff = await staffHeaders(request, editor())
  const first = async (url: string) => ((await (await request.get(url)).json()).docs[0] ?? {}) as { slug?: string }
  const slugs = {
    article: (await first('/api/articles?limit=1&depth=0')).slug!,
    organisation: (await first('/api/member-organisations?limit=1&depth=0')).slug!,
    migo: (await first('/api/newsletter-issues?limit=1&depth=0')).slug!,
    category: (await first('/api/categories?limit=1&depth=0')).slug!,
  }
  const cases = [...publicPageCases(slugs), ...formCases(), ...restCases(staff), ...(await uploadCases(staff))]
  expect(cases.length).toBeGreaterThanOrEqual(1000)

  const countsBefore = await tableCounts()
  const mediaBefore = filesUnder(process.env.E2E_MEDIA_DIR!)
  const results: { case: Case; answer: Answer }[] = []
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8)
    results.push(...(await Promise.all(batch.map(async (c) => ({ case: c, answer: await raw(baseURL!, c) })))))
  }
  // Huge bodies, chunked and announced, to every kind of route.
  for (const route of ['/newsletter/anmelden', '/mitgliedsvereine/eintragen/absenden', '/api/articles', '/api/users/login', '/api/media', '/aktuelles', '/admin']) {
    for (const announce of [false, true]) {
      const answer = await sendHugeBody(baseURL!, route, { bytes: 40 * 1024 * 1024, announce, contentType: route.startsWith('/api') ? 'application/json' : 'application/x-www-form-urlencoded' })
      const status = 'status' in answer ? answer.status : 0
      results.push({ case: { label: `${announce ? 'announced' : 'chunked'} 40 MB to ${route}`, method: 'POST', path: route, mustRefuse: true }, answer: { status, type: '', body: '' } })
    }
  }

  const serverErrors = results.filter(({ answer }) => answer.status >= 500 || answer.status === 0)
  expect(serverErrors.map(({ case: c, answer }) => `${answer.status} ${c.label}`)).toEqual([])
  const accepted = results.filter(({ case: c, answer }) => c.mustRefuse && (answer.status < 400 || answer.status >= 500))
  expect(accepted.map(({ case: c, answer }) => `${answer.status} ${c.label}`)).toEqual([])
  // Markup sent in a URL never comes back as markup.
  const reflected = results.filter(({ answer }) => answer.type.includes('html') && (answer.body.includes(SCRIPT) || answer.body.includes('<img src=x onerror')))
  expect(reflected.map(({ case: c }) => c.label)).toEqual([])
  // Refusals of the public site are German pages; of the API, JSON with a message.
  for (const { case: c, answer } of results.filter(({ answer }) => answer.status >= 400 && answer.body)) {
    if (c.path.startsWith('/api/')) expect(() => JSON.parse(answer.body), c.label).not.toThrow()
    else if (answer.type.includes('html')) expect(answer.body, c.label).toContain('lang="de"')
  }

  expect(await tableCounts()).toEqual(countsBefore)
  expect(filesUnder(process.env.E2E_MEDIA_DIR!).sort()).toEqual(mediaBefore.sort())
  expect(fs.existsSync('/etc/passwd.png') || fs.existsSync('/etc/evil.png')).toBe(false)
  console.log(`bad input: ${results.length} requests, status counts ${JSON.stringify(results.reduce<Record<number, number>>((acc, { answer }) => ({ ...acc, [answer.status]: (acc[answer.status] ?? 0) + 1 }), {}))}`)
})

test('markup in a valid application is stored as text and shown escaped: in the admins’ mail, the admin and the public profile', async ({ page, request }) => {
  const marker = Date.now().toString(36)
  const name = `Verein ${marker} <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`
  const response = await request.post('/mitgliedsvereine/eintragen/absenden', {
    form: {
      name,
      person: `<b>Rana</b> ${marker}`,
      email: `kontakt-${marker}@verein.example`,
      shortDescription: `<a href="javascript:alert(1)">Klick</a> & "Zitat" ${marker}`,
      countries: 'SY',
      fields: 'soziales',
      district: 'katernberg',
      consent: 'ja',
    },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)

  const [mail] = await waitForMails((m) => sentTo(m, admin().email) && String(m.subject).includes(marker), 1)
  // A plain-text mail shows the name as it was sent; an HTML part would have to escape it.
  expect(mail.text).toContain(name)
  if (mail.html) {
    expect(String(mail.html)).not.toContain('<img src=x')
    expect(String(mail.html)).not.toContain('<script>window.__pwned')
  }
  const id = /member-organisations\/(\d+)/.exec(mail.text ?? '')?.[1]

  // The admin shows it as text; nothing of it runs.
  await adminLogin(page, admin())
  await page.goto(`/admin/collections/member-organisations/${id}`)
  await expect(page.locator('#field-name')).toHaveValue(name)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()

  // Published, the profile and the directory show the text, escaped.
  const headers = await staffHeaders(request, admin())
  expect((await request.patch(`/api/member-organisations/${id}`, { headers, data: { status: 'active', _status: 'published' } })).status()).toBe(200)
  const slug = ((await (await request.get(`/api/member-organisations/${id}?depth=0`, { headers })).json()) as { slug: string }).slug
  for (const path of [`/mitgliedsvereine/${slug}`, `/mitgliedsvereine?q=${marker}`, `/suche?q=${marker}`]) {
    const html = await (await request.get(path)).text()
    expect(html, path).not.toContain('<img src=x')
    expect(html, path).not.toContain('<script>window.__pwned')
    expect(html, path).not.toContain('href="javascript:')
    await page.goto(path)
    await expect(page.getByText(`Verein ${marker} <img`).first()).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined()
  }
  expect((await request.delete(`/api/member-organisations/${id}`, { headers })).status()).toBe(200)
})
