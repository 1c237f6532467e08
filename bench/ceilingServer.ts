/**
 * The ceiling: a bare `node:http` server answering each request with bytes
 * from memory — the pages the app rendered, by path (unknown paths get the
 * first page), compressed beforehand for readers who accept gzip, as the
 * app's page cache keeps them. No framework can be faster on this machine,
 * so the app's requests per second are compared with it.
 * Usage: PORT=… tsx bench/ceilingServer.ts <pages.json: { "<path>": "<html>" }>
 */
import fs from 'node:fs'
import http from 'node:http'
import { gzipSync } from 'node:zlib'

const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Record<string, string>).map(([path, html]) => {
    const body = Buffer.from(html)
    const gzipped = gzipSync(body)
    return [
      path,
      {
        plain: { body, headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length } },
        gzip: { body: gzipped, headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': gzipped.length } },
      },
    ]
  }),
)
const fallback = pages.values().next().value!

const server = http.createServer((req, res) => {
  const page = pages.get(req.url ?? '/') ?? fallback
  const { body, headers } = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? page.gzip : page.plain
  res.writeHead(200, headers)
  res.end(body)
})
server.listen(Number(process.env.PORT), '127.0.0.1')

const stop = () => {
  server.close()
  server.closeAllConnections()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
