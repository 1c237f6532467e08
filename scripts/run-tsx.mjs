/**
 * `npm start` and `npm run dev`: runs a TypeScript entry point with tsx, and
 * once more when loading its modules stalled before any of its code ran.
 * Node then ends the process with exit code 13 (a top-level await left
 * pending; seen now and then on this Node with tsx's loader hooks, see
 * scripts/lib/runMain.ts) — silently, so a user would be left wondering.
 * Plain JavaScript: this launcher itself loads no TypeScript.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const tsx = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')
const args = process.argv.slice(2)

// Ctrl+C and SIGTERM reach the whole process group: the script shuts down in order and its exit code is ours.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {})

function run(retry) {
  const child = spawn(tsx, args, { stdio: 'inherit' })
  child.on('exit', (code, signal) => {
    if (code === UNSETTLED_TOP_LEVEL_AWAIT && !retry) {
      console.warn(`${args[0]}: loading the modules stalled; running it once more`)
      return run(true)
    }
    process.exit(code ?? (signal ? 1 : 0))
  })
}

run(false)
