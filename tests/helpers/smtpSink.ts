/**
 * Starts the SMTP sink (smtpSinkServer.ts) as a child process and collects
 * what it received, parsed with mailparser. Point the app at it with
 * `smtpEnvironment(sink)` before Payload's config is loaded (the mail adapter
 * is chosen when the config is built).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { simpleParser, type ParsedMail } from 'mailparser'

import { bin, PROJECT_DIR } from './runScript'

export type ReceivedMail = { from: string | null; to: string[]; raw: string; parsed: ParsedMail }

export type SmtpSink = {
  port: number
  /** Every message received so far, in order. */
  readonly received: ReceivedMail[]
  /** Waits until at least `count` messages have arrived in all (default: 10 s). */
  waitForCount: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  /**
   * Resolves once every message the sink accepted before this call is in
   * `received`: a mail whose sending finished (the sender saw its 250) is
   * counted, so "no further mail" can be checked without waiting a guessed time.
   */
  settle: () => Promise<void>
  stop: () => Promise<void>
}

/** One message as the sink reports it (`raw` is base64, absent with SMTP_SINK_COUNT_ONLY=1). */
export type SinkMessage = { from: string | null; to: string[]; raw?: string }

/**
 * Starts the sink process and calls `onMessage` for each message it reports.
 * `env` adds settings of the sink process (see smtpSinkServer.ts).
 */
export async function spawnSmtpSink(
  env: Record<string, string>,
  onMessage: (message: SinkMessage) => void,
): Promise<{ port: number; stop: () => Promise<void>; sync: () => Promise<void> }> {
  const child = spawn(bin('tsx'), [path.join(PROJECT_DIR, 'tests/helpers/smtpSinkServer.ts')], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const synced = new Map<number, () => void>()
  let syncs = 0
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`The SMTP sink stopped before listening (exit ${code})`)))
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as { type: 'listening'; port: number } | { type: 'synced'; id: number } | ({ type: 'message' } & SinkMessage)
      if (event.type === 'listening') return resolve(event.port)
      if (event.type === 'synced') return synced.get(event.id)?.()
      onMessage(event)
    })
  })
  /** Messages are reported in order on stdout, so once the answer to a sync arrives every earlier message has too. */
  const sync = () =>
    new Promise<void>((resolve) => {
      const id = (syncs += 1)
      synced.set(id, () => {
        synced.delete(id)
        resolve()
      })
      child.stdin!.write(`sync ${id}\n`)
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { port, stop, sync }
}

/** The sink with every message kept and parsed, in order of arrival. */
export async function startSmtpSink(env: Record<string, string> = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = []
  const waiters = new Set<() => void>()
  // Parsed one after the other, so `received` keeps the order of arrival.
  let parsing = Promise.resolve()

  const { port, stop, sync } = await spawnSmtpSink(env, (message) => {
    const raw = Buffer.from(message.raw ?? '', 'base64').toString('utf8')
    parsing = parsing.then(async () => {
      received.push({ from: message.from, to: message.to, raw, parsed: await simpleParser(raw) })
      for (const wake of waiters) wake()
    })
  })

  return {
    port,
    received,
    waitForCount: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve(received)
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`Expected ${count} mails, the SMTP sink received ${received.length}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
    settle: async () => {
      await sync()
      await parsing
    },
    stop,
  }
}

/** The settings src/lib/email.ts reads to send over SMTP: plain, no login, as the sink expects. */
export function smtpEnvironment(sink: Pick<SmtpSink, 'port'>): Record<string, string> {
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_SECURE: 'false' }
}

/** A header as written in the mail (unfolded); mailparser turns some, List-Unsubscribe among them, into objects. */
export const rawHeader = (mail: Pick<ParsedMail, 'headerLines'>, name: string): string | undefined =>
  mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ')
