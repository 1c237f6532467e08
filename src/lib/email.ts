/**
 * Outgoing mail: SMTP when SMTP_HOST is set; otherwise every message is written
 * as an .eml file to MAIL_OUTBOX_DIR (default .data/mail) where a developer can
 * open it — nothing is sent and nothing is lost.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

export function outboxDir(): string {
  return process.env.MAIL_OUTBOX_DIR || path.resolve(process.cwd(), '.data', 'mail')
}

type RawMail = { message: { build: (cb: (error: Error | null, raw: Buffer) => void) => void; messageId: () => string; getEnvelope: () => unknown } }

/** A nodemailer transport that writes each message to a file. */
function fileTransport() {
  return nodemailer.createTransport({
    name: 'outbox-folder',
    version: '1',
    send(mail: RawMail, callback: (error: Error | null, info?: unknown) => void) {
      mail.message.build((error, raw) => {
        if (error) return callback(error)
        const dir = outboxDir()
        const messageId = mail.message.messageId()
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]/gi, '').slice(0, 12)}.eml`)
        fs.promises
          .mkdir(dir, { recursive: true })
          .then(() => fs.promises.writeFile(file, raw))
          .then(() => callback(null, { envelope: mail.message.getEnvelope(), messageId }), callback)
      })
    },
  } as unknown as Parameters<typeof nodemailer.createTransport>[0])
}

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void

/**
 * Opens SMTP connections with Nagle's algorithm off. SMTP writes the end of a
 * message as a small packet right after the body and then waits for the answer;
 * with Nagle on, that packet waits for the server's delayed ACK (about 40 ms on
 * Linux), which capped each connection at about 15 mails per second.
 * nodemailer then speaks SMTP (and TLS) over this socket as over its own.
 */
function connectWithoutDelay(options: { host?: string; port?: number }, callback: SocketCallback): void {
  const socket = net.connect({ host: options.host, port: options.port ?? 587, noDelay: true })
  const fail = (error: Error) => callback(error)
  socket.once('error', fail)
  socket.once('connect', () => {
    socket.removeListener('error', fail)
    callback(null, { connection: socket })
  })
}

export function emailAdapter() {
  const from = {
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'noreply@evi-essen.de',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'Essener Verbund der Immigrantenvereine',
  }
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      ...from,
      transport: nodemailer.createTransport({
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        // Reused connections, as many as migo sends in parallel (src/jobs/newsletter/settings.ts).
        pool: true,
        maxConnections: Number(process.env.NEWSLETTER_CONCURRENCY || 10),
        maxMessages: 1000,
        getSocket: connectWithoutDelay,
      }),
    })
  }
  return nodemailerAdapter({ ...from, skipVerify: true, transport: fileTransport() })
}
