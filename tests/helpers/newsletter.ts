/** Fixtures and probes for the migo sending tests (subscribers, issues, the worker process, received mails). */
import { spawn, type ChildProcess } from 'node:child_process'

import type pg from 'pg'
import type { Payload } from 'payload'

import type { NewsletterIssue } from '@/payload-types'

import { bundleScript } from '../../scripts/lib/scriptBundle.mjs'
import { PROJECT_DIR } from './runScript'
import type { ReceivedMail } from './smtpSink'

/** Inserts confirmed subscribers `<prefix>-1@beispiel.de` … in one statement (as thousands of sign-ups would have left them). */
export async function insertSubscribers(db: pg.Pool, prefix: string, count: number, status = 'confirmed'): Promise<string[]> {
  const { rows } = await db.query<{ email: string }>(
    `INSERT INTO subscribers (email, status, consent_confirmed_at)
     SELECT $1 || '-' || n || '@beispiel.de', $3::enum_subscribers_status, now() FROM generate_series(1, $2::int) AS n
     RETURNING email`,
    [prefix, count, status],
  )
  return rows.map((row) => row.email)
}

let issueCounter = 0
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})

/** A published issue with an editorial and one section of short texts. */
export async function createIssue(payload: Payload, title: string): Promise<NewsletterIssue> {
  issueCounter += 1
  return payload.create({
    collection: 'newsletter-issues',
    data: {
      _status: 'published',
      issueNumber: 500 + issueCounter,
      month: '2026-11-01T12:00:00.000Z',
      title,
      slug: `test-ausgabe-${issueCounter}-${Date.now()}`,
      editorial: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph('Liebe Leserinnen und Leser, willkommen zur neuen Ausgabe.')] } },
      sections: [{ topic: 'bildung', items: [{ headline: 'Sprachkurse im Winter', text: 'Neue Kurse beginnen im Januar.' }] }],
    },
  })
}

/** The mails of one issue (by its subject), and how many each address received. */
export function mailsOfIssue(received: ReceivedMail[], issue: Pick<NewsletterIssue, 'issueNumber'>) {
  const mails = received.filter((mail) => mail.parsed.subject?.startsWith(`migo Nr. ${issue.issueNumber} `))
  const perAddress = new Map<string, number>()
  for (const mail of mails) for (const to of mail.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1)
  return { mails, perAddress }
}

type Worker = {
  kill: (signal: NodeJS.Signals) => void
  exited: Promise<number | null>
  /** The running process's id. */
  readonly pid: number | undefined
  /** Null while a worker runs (or is being started again), its exit code once it stopped for good. */
  readonly exitCode: number | null
}

/**
 * `npm run worker`'s script (bundled for plain Node, as `npm run build` compiles it)
 * in a process of its own, stderr shown. A worker whose
 * module loading stalled before it started (it says so and exits 1, see
 * scripts/worker.ts) is started again, as its service manager would; `kill`
 * reaches whichever process runs now.
 */
export async function startWorker(env: Record<string, string>, restartsLeft = 2): Promise<Worker> {
  const bundle = await bundleScript('scripts/worker.ts')
  let current: ChildProcess
  let killed: NodeJS.Signals | null = null
  const launch = (): Promise<number | null> => {
    current = spawn(process.execPath, [bundle], {
      cwd: PROJECT_DIR,
      env: { ...process.env, NEWSLETTER_POLL_MS: '200', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    current.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk
      process.stderr.write(chunk)
    })
    return new Promise((resolve) =>
      current.once('exit', (code) => {
        const stalled = code === 1 && stderr.includes('stopped before it started')
        if (stalled && !killed && restartsLeft-- > 0) resolve(launch())
        else resolve(code)
      }),
    )
  }
  let finalCode: number | null = null
  const exited = launch().then((code) => {
    finalCode = code ?? -1 // killed by a signal
    return code
  })
  return {
    kill: (signal) => {
      killed = signal
      current.kill(signal)
    },
    exited,
    get pid() {
      return current.pid
    },
    get exitCode() {
      return finalCode
    },
  }
}

/** Polls until `check` holds (or fails after `timeoutMs`). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
