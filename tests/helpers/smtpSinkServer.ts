/**
 * A real SMTP server in a process of its own (the npm package smtp-server),
 * started by tests/helpers/smtpSink.ts. It accepts every message, without TLS
 * or login, and reports each on stdout as one JSON line, only then answering
 * "250 OK": a message the sender saw accepted has been reported.
 * With SMTP_SINK_DIR set, each message is also written there as an .eml file
 * (before the 250, too), named to sort in order of arrival.
 * For sending tests and the bench:
 * - SMTP_SINK_DELAY_MS: wait this long after reporting a message before the
 *   250 (the sender then has mails in flight that have already arrived);
 * - SMTP_SINK_REJECT: JSON {"address": code}, refusing those recipients with
 *   that SMTP code (e.g. 550 permanent, 451 temporary);
 * - SMTP_SINK_REJECT_DATA: JSON ["address"], refusing whole messages to those
 *   recipients after the data (554), as a server refusing the sender or the content does;
 * - SMTP_SINK_COUNT_ONLY=1: report recipients only, not the message (cheap).
 * A line "sync <id>" on stdin is answered with {"type":"synced","id":<id>} on
 * stdout, after every message reported before it.
 * Stops on SIGTERM or when its parent goes away (stdin closes).
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import readline from 'node:readline'

import { SMTPServer } from 'smtp-server'

const report = (line: object) => new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(line)}\n`, () => resolve()))

const delayMs = Number(process.env.SMTP_SINK_DELAY_MS || 0)
const rejected = new Map(Object.entries(JSON.parse(process.env.SMTP_SINK_REJECT || '{}') as Record<string, number>))
const rejectedData = new Set(JSON.parse(process.env.SMTP_SINK_REJECT_DATA || '[]') as string[])
const countOnly = process.env.SMTP_SINK_COUNT_ONLY === '1'
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const sinkDir = process.env.SMTP_SINK_DIR
if (sinkDir) fs.mkdirSync(sinkDir, { recursive: true })
let stored = 0
/**
 * Writes the message to SMTP_SINK_DIR, when set, as 000001-<epoch ms>.eml, 000002-…:
 * sorting the names sorts by arrival. Written under another name first and then
 * renamed, so a reader never sees half a message.
 */
const store = async (raw: Buffer) => {
  if (!sinkDir) return
  stored += 1
  const file = path.join(sinkDir, `${String(stored).padStart(6, '0')}-${Date.now()}.eml`)
  await fs.promises.writeFile(`${file}.part`, raw)
  await fs.promises.rename(`${file}.part`, file)
}

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  banner: 'evi test sink',
  size: 20 * 1024 * 1024,
  onRcptTo(address, _session, callback) {
    const code = rejected.get(address.address)
    if (!code) return callback()
    callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Mailbox busy, try again later'), { responseCode: code }))
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', callback)
    stream.on('end', () => {
      const mailFrom = session.envelope.mailFrom
      if (session.envelope.rcptTo.some((recipient) => rejectedData.has(recipient.address))) {
        return callback(Object.assign(new Error('Message refused'), { responseCode: 554 }))
      }
      const raw = Buffer.concat(chunks)
      void store(raw)
        .then(() =>
          report({
            type: 'message',
            from: mailFrom ? mailFrom.address : null,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw: countOnly ? undefined : raw.toString('base64'),
          }),
        )
        .then(() => pause(delayMs))
        .then(() => callback(), callback)
    })
  },
})

server.listen(Number(process.env.SMTP_SINK_PORT || 0), '127.0.0.1', () => {
  void report({ type: 'listening', port: (server.server.address() as AddressInfo).port })
})

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
// "sync <id>" on stdin is answered on stdout after every message reported so far: the tests' barrier (smtpSink.ts).
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const sync = /^sync (\d+)$/.exec(line.trim())
  if (sync) void report({ type: 'synced', id: Number(sync[1]) })
})
