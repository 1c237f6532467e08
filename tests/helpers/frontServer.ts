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

/** Resolves once the response has finished (or its reader has gone), as Next's handler does. */
const finished = (res: http.ServerResponse) =>
  new Promise<void>((resolve) => (res.writableFinished || res.destroyed ? resolve() : res.once('close', () => resolve())))

/** "/de/aktuelles?x" as the reader asked for it: "/aktuelles?x". */
const publicUrl = (url: string) => {
  if (!/^\/de(?=[/?#]|$)/.test(url)) return url
  const rest = url.slice(3)
  return rest.startsWith('/') ? rest : `/${rest}`
}

export async function startFrontServer(
  next: FakeNext,
  options: Partial<Omit<FrontServerOptions, 'render'>> & {
    cacheBytes?: number
    /**
     * The front server hands Next German pages under /de (src/server/language.ts);
     * fakes that answer by path see the reader's address unless this is false.
     */
    publicUrls?: boolean
  } = {},
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
      if (options.publicUrls !== false) req.url = publicUrl(req.url ?? '/')
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
