/**
 * The ceiling: a bare `node:http` server answering every request with the same
 * bytes from memory (the article HTML the app rendered). No framework can be
 * faster on this machine, so each page's requests per second are compared with it.
 * Usage: PORT=… tsx bench/ceilingServer.ts <html-file>
 */
import fs from 'node:fs'
import http from 'node:http'

const body = fs.readFileSync(process.argv[2])
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }

const server = http.createServer((_req, res) => {
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
