/**
 * A real SMTP server in a process of its own (the npm package smtp-server),
 * started by tests/helpers/smtpSink.ts. It accepts every message, without TLS
 * or login, and reports each on stdout as one JSON line, only then answering
 * "250 OK": a message the sender saw accepted has been reported.
 * Stops on SIGTERM or when its parent goes away (stdin closes).
 */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

const report = (line: object) => new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(line)}\n`, () => resolve()))

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  banner: 'evi test sink',
  size: 20 * 1024 * 1024,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', callback)
    stream.on('end', () => {
      const mailFrom = session.envelope.mailFrom
      void report({
        type: 'message',
        from: mailFrom ? mailFrom.address : null,
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        raw: Buffer.concat(chunks).toString('base64'),
      }).then(() => callback())
    })
  },
})

server.listen(Number(process.env.SMTP_SINK_PORT || 0), '127.0.0.1', () => {
  void report({ type: 'listening', port: (server.server.address() as AddressInfo).port })
})

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()
