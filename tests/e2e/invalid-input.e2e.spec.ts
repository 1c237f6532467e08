/**
 * Invalid input through the REST API: a 4xx answer with a German message, and
 * nothing stored — no document, no file left in the media folder.
 */
import fs from 'node:fs'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { apiLogin, editor } from './helpers'

let auth: { Authorization: string }

test.beforeEach(async ({ request }) => {
  auth = { Authorization: `JWT ${(await apiLogin(request, editor())).token}` }
})

const count = async (request: APIRequestContext, collection: string) =>
  (await (await request.get(`/api/${collection}?limit=0&draft=true`, { headers: auth })).json()).totalDocs as number
const mediaFiles = () => (fs.existsSync(process.env.E2E_MEDIA_DIR!) ? fs.readdirSync(process.env.E2E_MEDIA_DIR!).length : 0)
const messages = async (response: { json: () => Promise<unknown> }) => JSON.stringify(await response.json())

test('a duplicate slug is refused', async ({ request }) => {
  const first = await request.post('/api/articles', { headers: auth, data: { title: 'Doppelt', slug: 'doppelter-slug' } })
  expect(first.status()).toBe(201)
  const before = await count(request, 'articles')
  const second = await request.post('/api/articles', { headers: auth, data: { title: 'Doppelt 2', slug: 'doppelter-slug' } })
  expect(second.status()).toBe(400)
  expect(await messages(second)).toMatch(/URL-Kürzel/)
  expect(await count(request, 'articles')).toBe(before)
})

test('an impossible date is refused', async ({ request }) => {
  const before = await count(request, 'articles')
  const response = await request.post('/api/articles', {
    headers: auth,
    data: { title: 'Falsches Datum', publishedAt: '32.13.2026' },
  })
  expect(response.status()).toBe(400)
  expect(await messages(response)).toMatch(/Datum|ungültig/i)
  expect(await count(request, 'articles')).toBe(before)
})

test.describe('uploads', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )

  test('an image without alt text is refused and leaves no file', async ({ request }) => {
    const [before, filesBefore] = [await count(request, 'media'), mediaFiles()]
    const response = await request.post('/api/media', {
      headers: auth,
      multipart: { file: { name: 'ohne-alt.png', mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ credit: '© Test' }) },
    })
    expect(response.status()).toBe(400)
    expect(await messages(response)).toMatch(/nicht korrekt: Bildbeschreibung \(Alternativtext\)/)
    expect(await count(request, 'media')).toBe(before)
    expect(mediaFiles()).toBe(filesBefore)
  })

  test('a file of the wrong type is refused and leaves no file', async ({ request }) => {
    const [before, filesBefore] = [await count(request, 'media'), mediaFiles()]
    const response = await request.post('/api/media', {
      headers: auth,
      multipart: {
        file: { name: 'skript.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') },
        _payload: JSON.stringify({ alt: 'Kein Bild' }),
      },
    })
    expect(response.status()).toBe(400)
    expect(await messages(response)).toMatch(/nicht erlaubten Dateityp/)
    expect(await count(request, 'media')).toBe(before)
    expect(mediaFiles()).toBe(filesBefore)
  })

  test('a file over 20 MB is refused and leaves no file', async ({ request }) => {
    const [before, filesBefore] = [await count(request, 'media'), mediaFiles()]
    const response = await request.post('/api/media', {
      headers: auth,
      multipart: {
        file: { name: 'riesig.png', mimeType: 'image/png', buffer: Buffer.concat([png, Buffer.alloc(21 * 1024 * 1024)]) },
        _payload: JSON.stringify({ alt: 'Zu groß' }),
      },
    })
    expect(response.status()).toBe(413)
    expect(await messages(response)).toMatch(/größer als 20 MB/)
    expect(await count(request, 'media')).toBe(before)
    expect(mediaFiles()).toBe(filesBefore)
  })
})
