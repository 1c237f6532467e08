/**
 * The production server as a child process (what `npm start` and the Docker
 * image run), for tests that need several instances, faults or signals.
 */
import { spawn, type ChildProcess } from 'node:child_process'

import { serverCommand, SERVER_ENV } from '../../scripts/lib/serverCommand'
import { PROJECT_DIR } from './runScript'

/** The command that serves the site in production: the compiled server (package.json start:prod, the Docker image). */
export const PRODUCTION_SERVER = serverCommand()

export type AppServer = {
  url: string
  child: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export async function startAppServer(env: Record<string, string | undefined>, port: number, { detached = false } = {}): Promise<AppServer> {
  const [command, args] = PRODUCTION_SERVER
  const child = spawn(command, args, {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...SERVER_ENV, NODE_ENV: 'production', PORT: String(port), NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`)
    const answered = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The server did not become healthy within 90 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(signal)
      const forced = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(forced)
    },
  }
}

/** Logs a staff member in through the REST API; returns the header that authenticates later requests. */
export async function apiLogin(url: string, email: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Login of ${email} failed (${response.status})`)
  return { authorization: `JWT ${token}` }
}
