/**
 * Sends a large request body as an attacker would: over a raw socket, chunked
 * (no Content-Length) or with an announced length, and it keeps sending after
 * the server has answered (Node's own HTTP client would stop there). Reads the
 * answer meanwhile.
 */
import net from 'node:net'

export type HugeAnswer = ({ status: number; contentType: string; body: string } | { error: string }) & {
  /** Body bytes the server took before the connection ended or the body was done. */
  sentBytes: number
}

type Options = { bytes: number; contentType?: string; announce?: boolean; method?: string; headers?: Record<string, string> }

/** Status, headers and body of a complete HTTP/1.1 answer with Content-Length, or null while incomplete. */
function parseAnswer(raw: Buffer): { status: number; contentType: string; body: string } | null {
  const end = raw.indexOf('\r\n\r\n')
  if (end < 0) return null
  const head = raw.subarray(0, end).toString('latin1').split('\r\n')
  const status = Number(head[0].split(' ')[1])
  const headers = Object.fromEntries(head.slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  const length = Number(headers['content-length'] ?? 0)
  const body = raw.subarray(end + 4)
  if (body.length < length) return null
  return { status, contentType: headers['content-type'] ?? '', body: body.subarray(0, length).toString('utf8') }
}

export function sendHugeBody(base: string, path: string, { bytes, contentType = 'application/x-www-form-urlencoded', announce = false, method = 'POST', headers = {} }: Options): Promise<HugeAnswer> {
  const url = new URL(path, base)
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname)
    let received = Buffer.alloc(0)
    let answer: ReturnType<typeof parseAnswer> = null
    let sent = 0
    let sending = true
    let settled = false
    const settle = (error?: string) => {
      if (settled || (sending && !error) || (!answer && !error)) return
      settled = true
      resolve({ ...(answer ?? { error: error! }), sentBytes: sent })
      socket.destroy()
    }
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk])
      answer ??= parseAnswer(received)
      settle()
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      sending = false
      settle(error.code ?? error.message)
    })
    socket.on('close', () => {
      sending = false
      settle('closed without an answer')
    })

    const head = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`, `content-type: ${contentType}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)]
    head.push(announce ? `content-length: ${bytes}` : 'transfer-encoding: chunked')
    socket.write(`${head.join('\r\n')}\r\n\r\n`)
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const pump = () => {
      while (sent < bytes && !socket.destroyed) {
        const piece = bytes - sent >= chunk.length ? chunk : chunk.subarray(0, bytes - sent)
        sent += piece.length
        const more = announce ? socket.write(piece) : socket.write(Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]))
        if (!more) return void socket.once('drain', pump)
      }
      if (!announce && !socket.destroyed) socket.write('0\r\n\r\n')
      sending = false
      settle()
    }
    pump()
  })
}
