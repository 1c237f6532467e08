/**
 * The database guard's watch over what Next sends (src/server/databaseDown.ts):
 * while PostgreSQL answers, every answer reaches the client whole — a 401 or
 * 403 (held while the guard asks the database whether it was its fault) as
 * much as a 200 — written the ways Next writes them.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { createDatabaseGuard } from '@/server/databaseDown'

const guard = createDatabaseGuard(inject('serverUrl'), { info: () => {}, warn: () => {} })
type Write = (res: http.ServerResponse, status: number, body: string) => void
const ways: Record<string, Write> = {
  'writeHead and end': (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(body)
  },
  'statusCode and end': (res, status, body) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.end(body)
  },
  'flushHeaders, write, end': (res, status, body) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.flushHeaders()
    res.write(body.slice(0, 5))
    res.end(body.slice(5))
  },
  // What Next's route handlers were seen to send (the guard logged it): the head again, as long as it looks unsent.
  'flushHeaders, writeHead, write, writeHead, end (as Next)': (res, status, body) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.flushHeaders()
    if (!res.headersSent) res.writeHead(status)
    res.write(body)
    if (!res.headersSent) res.writeHead(status)
    res.end()
  },
  'write with a callback, then end': (res, status, body) => {
    res.statusCode = status
    res.write(body, () => res.end())
  },
}
let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer((req, res) => {
    guard.watch(req, res)
    const url = new URL(req.url ?? '/', 'http://x')
    ways[url.searchParams.get('way')!](res, Number(url.searchParams.get('status')), JSON.stringify({ message: 'Antwort' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await guard.stop()
  await new Promise((resolve) => server.close(resolve))
})

for (const way of Object.keys(ways)) {
  for (const status of [200, 401, 403, 404]) {
    it(`${status}, written with ${way}, arrives whole`, async () => {
      const response = await fetch(`${base}/api/users?way=${encodeURIComponent(way)}&status=${status}`, { signal: AbortSignal.timeout(5000) })
      expect(response.status).toBe(status)
      expect(await response.json()).toEqual({ message: 'Antwort' })
    })
  }
}
