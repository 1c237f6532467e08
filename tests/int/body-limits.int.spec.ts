/**
 * Request bodies are limited while they are read (src/server/bodyLimit.ts,
 * limits in src/lib/bodyLimits.ts), whatever the headers say: a chunked body
 * without Content-Length is counted as it arrives, the app never gets more
 * than the limit, the client gets a 413 in German (JSON for the API), and the
 * server's memory does not grow with what was sent.
 */
import { execFile } from 'node:child_process'
import type { IncomingMessage } from 'node:http'
import net from 'node:net'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BODY_LIMITS, FORM_BODY_BYTES } from '@/lib/bodyLimits'
import { MAX_UPLOAD_BYTES } from '@/lib/uploadLimit'
import { LINGER_MS } from '@/server/lingeringClose'

import { startFrontServer, type TestFrontServer } from '../helpers/frontServer'
import { sendHugeBody, type HugeAnswer } from '../helpers/hugeBody'

const MB = 1024 * 1024
let front: TestFrontServer
/** What the app (a stand-in for Next and Payload, which read the whole body into memory) received, per path. */
const received = new Map<string, number>()
let appCalls = 0

async function readAll(req: IncomingMessage): Promise<number> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).length
}

beforeAll(async () => {
  front = await startFrontServer(async (req, res) => {
    appCalls += 1
    const bytes = await readAll(req).catch(() => -1)
    received.set(req.url ?? '', bytes)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ bytes }))
  })
})

afterAll(() => front.close())

const status = (answer: HugeAnswer) => ('status' in answer ? answer.status : answer.error)

/**
 * Sends each request (`connection: close`, the whole body at once, as Node's client does) `rounds` times, all of
 * a round at once, from a child process; prints the statuses, or the error codes of requests that got no answer.
 */
async function sendFromAnotherProcess(base: string, requests: { path: string; bytes: number }[], rounds: number): Promise<string> {
  const client = `
    const http = require('node:http')
    const [base, requests, rounds] = [process.argv[1], JSON.parse(process.argv[2]), Number(process.argv[3])]
    const send = ({ path, bytes }) => new Promise((resolve) => {
      const body = Buffer.alloc(bytes, 'a')
      const headers = { connection: 'close', 'content-type': 'application/x-www-form-urlencoded', 'content-length': bytes }
      const req = http.request(base + path, { method: 'POST', headers }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
      })
      req.on('error', (error) => resolve(error.code || error.message))
      req.end(body)
    })
    ;(async () => {
      const answers = []
      for (let round = 0; round < rounds; round += 1) answers.push(...(await Promise.all(requests.map(send))))
      console.log(JSON.stringify(answers))
    })()`
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', client, base, JSON.stringify(requests), String(rounds)])
  return stdout
}


describe('chunked bodies are counted as they arrive', () => {
  it('a public form: 413 with a German page, and the app gets at most the limit', async () => {
    const answer = await sendHugeBody(front.base, '/newsletter/anmelden', { bytes: 20 * MB })
    expect(status(answer)).toBe(413)
    if (!('status' in answer)) return
    expect(answer.contentType).toContain('text/html')
    expect(answer.body).toContain('lang="de"')
    expect(answer.body).toContain('Die gesendeten Daten sind zu umfangreich.')
    expect(received.get('/newsletter/anmelden') ?? 0).toBeLessThanOrEqual(FORM_BODY_BYTES.newsletterSignup)
  })

  it('the API: 413 as JSON with a German message', async () => {
    const answer = await sendHugeBody(front.base, '/api/users/login', { bytes: 20 * MB, contentType: 'application/json' })
    expect(status(answer)).toBe(413)
    if (!('status' in answer)) return
    expect(answer.contentType).toContain('application/json')
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: 'Die gesendeten Daten sind zu umfangreich.' }] })
    expect(received.get('/api/users/login') ?? 0).toBeLessThanOrEqual(BODY_LIMITS.apiDefault)
  })

  it('a body sent to a page, the admin’s server functions or an unknown path is refused the same way', async () => {
    for (const path of ['/aktuelles', '/admin/collections/articles', '/gibt/es/nicht']) {
      expect(status(await sendHugeBody(front.base, path, { bytes: 20 * MB, headers: { 'next-action': 'abc123' } })), path).toBe(413)
    }
  })

  it('a plain POST to an admin page (not a server function) is refused at once, however large', async () => {
    for (const announce of [false, true]) {
      expect(status(await sendHugeBody(front.base, '/admin', { bytes: 20 * MB, announce })), `announced: ${announce}`).toBe(announce ? 413 : 405)
    }
    const small = await fetch(`${front.base}/admin/collections/articles`, { method: 'POST', body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    expect(small.status).toBe(405)
    expect(await small.text()).toContain('Diese Adresse nimmt keine Daten entgegen.')
  })

  it('a client that asked to close the connection gets the refusal, not a reset, while its body is still on the way', async () => {
    // Node closes such a connection as soon as the answer is out; body bytes still arriving then make the kernel
    // reset it, and a client still sending sees the reset instead of the answer (a browser: a connection error).
    // The client runs in a process of its own, as a real one would: in this process it would take turns with the server.
    const requests = [
      // A plain POST to an admin page is refused at once (405); a form's body when it passes its limit (413).
      { path: '/admin', bytes: 2 * MB - 1024, status: 405 },
      { path: '/newsletter/anmelden', bytes: 3 * MB, status: 413 },
      { path: '/aktuelles', bytes: 5 * MB, status: 413 },
    ]
    const rounds = 8
    const answers = JSON.parse(await sendFromAnotherProcess(front.base, requests, rounds)) as (number | string)[]
    expect(answers).toEqual(Array.from({ length: rounds }, () => requests.map((request) => request.status)).flat())
  })

  it('a connection the client keeps open after an early answer is closed by the server after a few seconds', async () => {
    // The client sends part of an announced 1.5 MB body to an admin page (refused at once: 405), reads the refusal, and then neither sends nor closes
    // its side (the server's half-close does not close it: allowHalfOpen). Once the server has let go, the
    // next bytes the client sends are answered with a reset.
    const { port } = new URL(front.base)
    const socket = net.connect({ port: Number(port), host: '127.0.0.1', allowHalfOpen: true })
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString()))
    const gone = new Promise<void>((resolve) => {
      socket.on('error', () => resolve())
      socket.on('close', () => resolve())
    })
    socket.write(['POST /admin HTTP/1.1', 'host: localhost', 'connection: close', 'content-type: application/x-www-form-urlencoded', `content-length: ${1.5 * MB}`, '', ''].join('\r\n'))
    socket.write(Buffer.alloc(MB / 2, 'a'))
    await new Promise((resolve) => setTimeout(resolve, LINGER_MS + 1000))
    expect(answer).toMatch(/^HTTP\/1\.1 405 /)
    expect(socket.destroyed).toBe(false)
    socket.write(Buffer.alloc(64 * 1024, 'a'))
    socket.write(Buffer.alloc(64 * 1024, 'a'))
    const closed = await Promise.race([gone.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 2000))])
    socket.destroy()
    expect(closed).toBe(true)
  }, 15_000)

  it('bodies within the limit reach the app whole', async () => {
    const form = await sendHugeBody(front.base, '/mitgliedsvereine/eintragen/absenden', { bytes: FORM_BODY_BYTES.organisationApplication })
    expect(status(form)).toBe(200)
    expect(received.get('/mitgliedsvereine/eintragen/absenden')).toBe(FORM_BODY_BYTES.organisationApplication)
    const json = await sendHugeBody(front.base, '/api/articles', { bytes: 900 * 1024, contentType: 'application/json' })
    expect(status(json)).toBe(200)
    expect(received.get('/api/articles')).toBe(900 * 1024)
  })

  it('uploads may be 20 MB, not more', async () => {
    const upload = await sendHugeBody(front.base, '/api/media', { bytes: MAX_UPLOAD_BYTES, contentType: 'multipart/form-data; boundary=x' })
    expect(status(upload)).toBe(200)
    expect(received.get('/api/media')).toBe(MAX_UPLOAD_BYTES)
    received.delete('/api/media')
    const tooLarge = await sendHugeBody(front.base, '/api/media', { bytes: MAX_UPLOAD_BYTES + 2 * MB, contentType: 'multipart/form-data; boundary=x' })
    expect(status(tooLarge)).toBe(413)
    expect(received.get('/api/media') ?? 0).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 64 * 1024)
  })
})

describe('announced lengths', () => {
  it('a body announced as too large is refused before the app sees the request', async () => {
    const calls = appCalls
    const answer = await sendHugeBody(front.base, '/api/articles', { bytes: 5 * MB, contentType: 'application/json', announce: true })
    expect(status(answer)).toBe(413)
    expect(appCalls).toBe(calls)
  })
})

describe('memory', () => {
  it('does not grow with the size of what was sent (10 × 100 MB at once)', async () => {
    global.gc?.()
    const before = process.memoryUsage().rss
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sendHugeBody(front.base, i % 2 ? '/api/users/login' : '/newsletter/anmelden', { bytes: 100 * MB })),
    )
    expect(answers.map(status)).toEqual(Array(10).fill(413))
    // The server kept reading (and dropping) what came after its answer, so the clients could send it all.
    const sent = answers.reduce((sum, answer) => sum + answer.sentBytes, 0)
    expect(sent).toBeGreaterThan(900 * MB)
    const grown = process.memoryUsage().rss - before
    expect(grown).toBeLessThan(100 * MB)
  })
})
