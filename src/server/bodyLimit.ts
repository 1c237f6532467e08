import type { IncomingMessage } from 'node:http'

import { BODY_LIMITS } from '../lib/bodyLimits'

/**
 * Request bodies are limited while they are read, whatever the headers say:
 * a chunked body has no Content-Length, and one that announces a small length
 * cannot send more than announced, so counting what arrives is the only check
 * that holds. Bytes beyond the limit are dropped as they come, so the server's
 * memory does not grow with what a client sends.
 */

export type BodyLimit = { bytes: number; kind: 'api' | 'page'; message?: string }

/** The limit of a request by its path (before any language prefix is taken off). */
export function bodyLimitFor(method: string | undefined, url: string): BodyLimit {
  const path = url.split('?', 1)[0]
  if (path.startsWith('/api/')) {
    const special = BODY_LIMITS.api.find((rule) => rule.path.test(path) && (!rule.methods || rule.methods.includes(method ?? '')))
    return { bytes: special?.bytes ?? BODY_LIMITS.apiDefault, kind: 'api', message: special?.message }
  }
  if (path === '/admin' || path.startsWith('/admin/')) return { bytes: BODY_LIMITS.admin, kind: 'api' }
  const form = BODY_LIMITS.forms.find((rule) => rule.path.test(path))
  return { bytes: form?.bytes ?? BODY_LIMITS.formDefault, kind: 'page' }
}

/** Whether the request announces a body longer than the limit (refused before reading anything). */
export function announcedTooLarge(req: IncomingMessage, limit: BodyLimit): boolean {
  const length = Number(req.headers['content-length'])
  return Number.isFinite(length) && length > limit.bytes
}

/**
 * Counts the body as the HTTP parser hands it over and calls `onExceeded`
 * once when it passes the limit (at once when its announced length does).
 * From then on further bytes are read and dropped: a client still sending
 * would otherwise see the connection reset instead of the answer (as nginx's
 * lingering close does); the caller closes the connection after LINGER_MS
 * (lingeringClose.ts).
 * Works by wrapping the request's `push`, which the parser calls per chunk;
 * what was pushed before (body bytes that came with the headers) counts too.
 */
export function limitBody(req: IncomingMessage, limit: BodyLimit, onExceeded: () => void): void {
  let received = req.readableLength
  let exceeded = false
  const exceed = () => {
    if (exceeded) return
    exceeded = true
    onExceeded()
  }
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) return push(null)
    if (exceeded) return true
    received += (chunk as Buffer).length
    if (received > limit.bytes) {
      exceed()
      return true
    }
    return push(chunk, encoding)
  }
  if (announcedTooLarge(req, limit) || received > limit.bytes) queueMicrotask(exceed)
}
