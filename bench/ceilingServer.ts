/**
 * The ceiling: a bare `node:http` server answering each request with bytes
 * from memory — the pages the app rendered, by path (unknown paths get the
 * first page). No framework can be faster on this machine, so the app's
 * requests per second are compared with it.
 * Usage: PORT=… tsx bench/ceilingServer.ts <pages.json: { "<path>": "<html>" }>
 */
import fs from 'node:fs'
import http from 'node:http'

const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Record<string, string>).map(([path, html]) => {
    const body = Buffer.from(html)
    return [path, { body, headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length } }]
  }),
)
const fallback = pages.values().next().value!

const server = http.createServer((req, res) => {
  const page = pages.get(req.url ?? '/') ?? fallback
  res.writeHead(200, page.headers)
  res.end(page.body)
})
server.listen(Number(process.env.PORT), '127.0.0.1')

const stop = () => {
  server.close()
  server.closeAllConnections()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
