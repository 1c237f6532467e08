/**
 * The front server's pipeline (src/server/frontServer.ts) on a real HTTP
 * server, in front of a handler that answers like Next does (headers set
 * first, the body written in pieces): the tests of the page cache, the error
 * pages, the security headers and the body limits use it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createFrontServer, type FrontServerOptions } from '@/server/frontServer'
import { PageCache } from '@/server/pageCache'

export type FakeNext = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>

export type TestFrontServer = {
  base: string
  cache: PageCache
  close: () => Promise<void>
}

/** Resolves once the response has finished, as Next's handler does. */
const finished = (res: http.ServerResponse) =>
  new Promise<void>((resolve) => (res.writableFinished ? resolve() : res.once('close', () => resolve())))

export async function startFrontServer(
  next: FakeNext,
  options: Partial<Omit<FrontServerOptions, 'render'>> & { cacheBytes?: number } = {},
): Promise<TestFrontServer> {
  const cache = options.cache ?? new PageCache({ maxBytes: options.cacheBytes ?? 200_000 })
  cache.setEnabled(true)
  const handle = createFrontServer({
    cache,
    security: { https: false },
    notFoundPage: async () => Buffer.from('<html lang="de"><body><h1>Seite nicht gefunden</h1></body></html>'),
    log: { info: () => {}, warn: () => {}, error: () => {} },
    ...options,
    render: async (req, res) => {
      await next(req, res)
      await finished(res)
    },
  })
  const server = http.createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cache,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
