import type { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

/** How long a connection is still read (and what comes thrown away) after its answer, before it is closed regardless. */
export const LINGER_MS = 5000

/** The request each connection serves now (keep-alive connections serve several in turn). */
const servedNow = new WeakMap<Socket, IncomingMessage>()

/**
 * A lingering close, as nginx does it. When a client asked to close the
 * connection after its request (`Connection: close`), Node closes it as soon
 * as the answer is out. An answer can be out before the request's body is
 * all in — a refusal (413, 405) comes as soon as it is clear — and body bytes
 * arriving at a closed connection make the kernel reset it: the client, still
 * sending, gets the reset instead of the answer (a browser shows a connection
 * error). So the server closes only its sending side while the body is not
 * complete, reads on (Node drops an unread body), and closes when the client
 * does or after LINGER_MS.
 */
export function lingerBeforeClosing(req: IncomingMessage, res: ServerResponse): void {
  // Only a body can still be on its way when the answer is out; most requests (every page read) have none.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return
  const socket = req.socket
  servedNow.set(socket, req)
  // Node calls destroySoon() before the answer's 'close': the request is not kept beyond it (nor with it what hangs on it).
  res.once('close', () => {
    if (servedNow.get(socket) === req) servedNow.delete(socket)
  })
  if (socket.destroySoon === destroyWhenBodyIsIn) return
  socket.destroySoon = destroyWhenBodyIsIn
}

/** Node calls destroySoon() once the last answer on a connection is out (node:_http_server, resOnFinish). */
function destroyWhenBodyIsIn(this: Socket): void {
  if (servedNow.get(this)?.complete !== false) return Socket.prototype.destroySoon.call(this)
  if (this.writable) this.end()
  const timer = setTimeout(() => this.destroy(), LINGER_MS).unref()
  this.once('close', () => clearTimeout(timer))
}
