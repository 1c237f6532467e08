/**
 * The project's scripts load Payload's config in a fresh Node process, bundled
 * (scripts/run-script.mjs). Under tsx, imported after the migrations (which
 * import @payloadcms/db-postgres), the config's import never settled in most
 * runs, and `npm run restore` hung for good. Five processes in a row must each
 * load both; and a script whose loading stalls anyway runs once more
 * (scripts/lib/runMain.ts, and the launcher on exit code 13).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { PROJECT_DIR } from '../helpers/runScript'

const launcher = path.join(PROJECT_DIR, 'scripts', 'run-script.mjs')
const fixture = path.join('tests', 'fixtures', 'load-migrations-then-config.ts')

it('loads the migrations and then the config, in every one of five processes', () => {
  for (let run = 1; run <= 5; run += 1) {
    const result = spawnSync(process.execPath, [launcher, fixture], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      timeout: 45_000,
      env: { ...process.env, PAYLOAD_SECRET: 'module-loading-test-secret-0123456789abcdef', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    })
    expect(result.stdout, `run ${run}: ${result.stderr}`).toMatch(/^loaded \d+ migrations and the config/)
  }
}, 300_000)

it('loads the rich-text editor’s packages, in every one of twenty processes', () => {
  // Node's own choice of lexical's build (a top-level await import) never finished loading in 2 to 7 of 10 runs.
  for (let run = 1; run <= 20; run += 1) {
    const result = spawnSync(process.execPath, [launcher, path.join('tests', 'fixtures', 'imports-editor-packages.ts')], { cwd: PROJECT_DIR, encoding: 'utf8', timeout: 45_000 })
    expect(result.stdout, `run ${run} (exit code ${result.status}): ${result.stderr}`).toContain('loaded 7 editor parts')
    expect(result.stderr).not.toContain('stalled')
  }
}, 300_000)

const marker = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evi-stall-')), 'marker')

/** Runs a command whose first run stalls (STALL_MARKER): it must say so, run once more and finish. */
function expectRunOnceMore(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: PROJECT_DIR, encoding: 'utf8', timeout: 60_000, env: { ...process.env, STALL_MARKER: marker() } })
  expect(result.stderr).toContain('loading the modules stalled; running it once more')
  expect(result.stdout).toContain('finished')
  expect(result.status).toBe(0)
}

it('a script whose loading stalls while it runs goes once more and finishes (runMain)', () => {
  expectRunOnceMore(process.execPath, [launcher, path.join('tests', 'fixtures', 'stalls-once.ts')])
})

it('the launcher of npm start and npm run (and of the tests) runs a script once more when it stalls before its code runs (exit code 13)', () => {
  expectRunOnceMore(process.execPath, [launcher, path.join('tests', 'fixtures', 'stalls-once-at-start.ts')])
})
