/**
 * `npm start`, `npm run migrate`, `seed`, `backup`, `restore` …: runs one of the
 * project's TypeScript scripts on plain Node, bundled first
 * (scripts/lib/scriptBundle.mjs says why not tsx). Usage:
 *   node scripts/run-script.mjs scripts/seed.ts [arguments]
 * Node ends a process with exit code 13 when its modules never finished loading
 * (a top-level await left pending) — silently, so a user would be left
 * wondering: the script then runs once more, saying so.
 */
import { spawn } from 'node:child_process'

import { stop as stopEsbuild } from 'esbuild'

import { bundleScript } from './lib/scriptBundle.mjs'

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('Usage: node scripts/run-script.mjs <script.ts> [arguments]')
  process.exit(2)
}

const bundle = await bundleScript(entry)
// esbuild's service process would otherwise live as long as the script.
await stopEsbuild()
let child

// A signal sent to this launcher alone reaches the script too (Ctrl+C reaches both: the script shuts down once).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child?.kill(signal))

function run(retry) {
  child = spawn(process.execPath, [bundle, ...args], { stdio: 'inherit' })
  child.on('exit', (code, signal) => {
    if (code === UNSETTLED_TOP_LEVEL_AWAIT && !retry) {
      console.warn(`${entry}: loading the modules stalled; running it once more`)
      return run(true)
    }
    process.exit(code ?? (signal ? 1 : 0))
  })
}

run(false)
