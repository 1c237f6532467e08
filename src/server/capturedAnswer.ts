import { ServerResponse, type OutgoingHttpHeaders } from 'node:http'

/** A complete answer held in memory. */
export type Answer = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

export const isHtml = (type: unknown): boolean => String(type ?? '').startsWith('text/html')

type Writer = Pick<ServerResponse, 'writeHead' | 'write' | 'end' | 'flushHeaders'>

export type Capture = {
  /** The answer once the handler ended it; null when it was not captured (see `onlyHtml`). */
  done: Promise<Answer | null>
  /** Gives up: the handler's further output is dropped and `done` rejects. */
  abort: (reason: Error) => void
}

const SETTLED = { resolve: () => {}, reject: () => {} }

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array)

/** Headers given to writeHead (an object or a flat [name, value, …] list), lower-cased. */
function headersFrom(args: unknown[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {}
  const given = args.find((arg) => arg && typeof arg === 'object')
  if (Array.isArray(given)) {
    for (let i = 0; i + 1 < given.length; i += 2) headers[String(given[i]).toLowerCase()] = given[i + 1]
  } else if (given) {
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value as OutgoingHttpHeaders[string]
  }
  return headers
}

/**
 * Lets a handler (Next) answer into memory: nothing reaches the client until
 * the caller sends the answer itself, with writeAnswer(). The front server needs the finished
 * HTML before the first byte goes out: its Content-Security-Policy names the
 * hashes of the page's inline scripts, and a page rendered once is stored and
 * shared. With `onlyHtml`, any other answer (JSON, files, redirects) is let
 * through untouched as soon as its content type is known.
 */
export function captureAnswer(res: ServerResponse, { onlyHtml = false } = {}): Capture {
  // Wrappers stay in place for good: anything Next wraps around them later (its compression) keeps working.
  const original: Writer = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  const chunks: Buffer[] = []
  const given: OutgoingHttpHeaders = {}
  let status: number | undefined
  let mode: 'capture' | 'pass' | 'closed' | null = onlyHtml ? null : 'capture'
  let settle: { resolve: (answer: Answer | null) => void; reject: (error: Error) => void }
  const done = new Promise<Answer | null>((resolve, reject) => (settle = { resolve, reject }))
  // A caller that only aborts must not see an unhandled rejection.
  done.catch(() => {})
  /**
   * Settles `done` once, then lets go of the bytes: the wrappers live as long
   * as the response, which Next may keep a while after the answer (through
   * its promise's resolver, the answer would stay with it).
   */
  const finish = (outcome: { answer: Answer | null } | { error: Error }) => {
    const { resolve, reject } = settle
    settle = SETTLED
    chunks.length = 0
    if ('error' in outcome) reject(outcome.error)
    else resolve(outcome.answer)
  }

  /** Decides once, when the content type is known, whether to hold the answer or let it through. */
  const decide = (): typeof mode => {
    if (mode !== null) return mode
    mode = isHtml(given['content-type'] ?? res.getHeader('content-type')) ? 'capture' : 'pass'
    if (mode === 'pass') finish({ answer: null })
    return mode
  }
  const later = (callback: unknown) => {
    if (typeof callback === 'function') process.nextTick(callback as () => void)
  }

  res.writeHead = ((code: number, ...rest: unknown[]) => {
    if (mode === 'closed') return res
    if (mode === 'pass') return (original.writeHead as (...args: unknown[]) => ServerResponse).call(res, code, ...rest)
    status = code
    Object.assign(given, headersFrom(rest))
    return decide() === 'pass' ? (original.writeHead as (...args: unknown[]) => ServerResponse).call(res, code, ...rest) : res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => {
    if (mode !== 'closed' && decide() === 'pass') original.flushHeaders.call(res)
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide() === 'pass') return (original.write as (...args: unknown[]) => boolean).call(res, chunk, ...rest)
    if (mode === 'capture' && chunk != null) chunks.push(toBuffer(chunk, rest[0]))
    later(rest.find((arg) => typeof arg === 'function'))
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (decide() === 'pass') return (original.end as (...args: unknown[]) => ServerResponse).call(res, chunk, ...rest)
    if (mode !== 'capture') return res
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]))
    later([chunk, ...rest].find((arg) => typeof arg === 'function'))
    mode = 'closed'
    finish({ answer: { status: status ?? res.statusCode, headers: { ...res.getHeaders(), ...given }, body: Buffer.concat(chunks) } })
    return res
  }) as ServerResponse['end']

  return {
    done,
    abort: (reason) => {
      if (mode === 'closed' || mode === 'pass') return
      mode = 'closed'
      finish({ error: reason })
    },
  }
}

/**
 * Writes an answer with the response's own (prototype) methods, past any
 * wrapper a handler or capture may have put on it.
 */
export function writeAnswer(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body?: Buffer): void {
  ServerResponse.prototype.writeHead.call(res, status, headers)
  ;(ServerResponse.prototype.end as (this: ServerResponse, chunk?: Buffer) => ServerResponse).call(res, body)
}

/** Drops whatever a handler still writes (after the answer was given by someone else). */
export function silence(res: ServerResponse): void {
  res.writeHead = (() => res) as unknown as ServerResponse['writeHead']
  res.write = (() => true) as ServerResponse['write']
  res.end = (() => res) as ServerResponse['end']
  res.flushHeaders = () => {}
}
