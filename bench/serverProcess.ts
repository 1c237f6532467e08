/** Starts a server as a child process, waits until it answers, and stops it by its own PID. */
import { spawn } from 'node:child_process'

import { PROJECT_DIR } from '../tests/helpers/runScript'
import type { Cleanup } from './cleanup'

export type ServerProcess = { url: string; pid: number; stop: () => Promise<void> }

const STOP_GRACE_MS = 10_000

export async function startServerProcess(options: {
  name: string
  /** Registered at once, so an interrupted start still stops the child. */
  cleanup: Cleanup
  command: string
  args: string[]
  env: Record<string, string | undefined>
  /** Any answer from this URL (even a 404) means the server is up. */
  readyUrl: string
  timeoutMs?: number
}): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The last lines, for the error when the server does not come up.
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const forced = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    await exited
    clearTimeout(forced)
  }
  options.cleanup.add(`stop ${options.name}`, stop)

  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited (${child.exitCode}):\n${output}`)
    try {
      await fetch(options.readyUrl, { signal: AbortSignal.timeout(5_000) })
      return { url: new URL(options.readyUrl).origin, pid: child.pid!, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${options.name} did not answer within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${output}`)
}
