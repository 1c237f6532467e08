/**
 * The front server replaces Next's empty error documents for public pages
 * (src/server/errorPages.ts, src/server/frontServer.ts): a 404 gets the site's not-found page, a 5xx a
 * small German page; everything else passes through untouched.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startFrontServer, type TestFrontServer } from '../helpers/frontServer'

let front: TestFrontServer
let base: string
const NOT_FOUND_PAGE = Buffer.from('<html lang="de"><body><a class="skip-link">Zum Hauptinhalt springen</a><h1>Seite nicht gefunden</h1></body></html>')

beforeAll(async () => {
  front = await startFrontServer(
    (req, res) => {
      const url = req.url ?? '/'
      const status = url.includes('fehlt') ? 404 : url.includes('kaputt') ? 500 : 200
      const json = url.includes('json')
      // Like Next: headers set first, the body streamed in pieces.
      res.statusCode = status
      res.setHeader('content-type', json ? 'application/json' : 'text/html; charset=utf-8')
      res.write(json ? '{"message":' : '<html id="__next_error__"><head></head><body>')
      res.end(json ? '"Nicht gefunden"}' : '</body></html>')
    },
    { notFoundPage: async () => NOT_FOUND_PAGE },
  )
  base = front.base
})

afterAll(() => front.close())

it('a public 404 gets the site’s not-found page, status kept', async () => {
  const response = await fetch(`${base}/aktuelles/nachrichten/fehlt`)
  expect(response.status).toBe(404)
  const html = await response.text()
  expect(html).toContain('<h1>Seite nicht gefunden</h1>')
  expect(html).toContain('Zum Hauptinhalt springen')
  expect(html).not.toContain('__next_error__')
})

it('a public server error gets a German page without details', async () => {
  const response = await fetch(`${base}/kaputt`)
  expect(response.status).toBe(500)
  const html = await response.text()
  expect(html).toContain('Es ist ein Fehler aufgetreten')
  expect(html).toContain('lang="de"')
  expect(html).not.toContain('__next_error__')
})

it('leaves alone pages that worked, non-HTML answers, the admin, the API and client navigation', async () => {
  expect(await (await fetch(`${base}/aktuelles`)).text()).toContain('__next_error__')
  expect(await (await fetch(`${base}/fehlt-json`)).json()).toEqual({ message: 'Nicht gefunden' })
  for (const [path, headers] of [['/admin/fehlt', {}], ['/api/fehlt', {}], ['/fehlt', { rsc: '1' }]] as const) {
    const response = await fetch(`${base}${path}`, { headers })
    expect(response.status).toBe(404)
    expect(await response.text(), path).toContain('__next_error__')
  }
})
