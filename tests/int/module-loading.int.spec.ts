/**
 * The project's scripts load Payload's config in a fresh Node process under
 * tsx. Imported after the migrations (which import @payloadcms/db-postgres),
 * the config's import never settled in most runs, and `npm run restore`
 * hung for good. Five processes in a row must each load both; and a script
 * whose loading stalls anyway runs once more (scripts/lib/runMain.ts).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { bin, PROJECT_DIR, runProjectScript } from '../helpers/runScript'

const fixture = path.join(PROJECT_DIR, 'tests', 'fixtures', 'load-migrations-then-config.ts')

it('loads the migrations and then the config, in every one of five processes', () => {
  for (let run = 1; run <= 5; run += 1) {
    const result = spawnSync(bin('tsx'), [fixture], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      timeout: 45_000,
      env: { ...process.env, PAYLOAD_SECRET: 'module-loading-test-secret-0123456789abcdef', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    })
    expect(result.stdout, `run ${run}: ${result.stderr}`).toMatch(/^loaded \d+ migrations and the config/)
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
  expectRunOnceMore(bin('tsx'), [path.join(PROJECT_DIR, 'tests', 'fixtures', 'stalls-once.ts')])
})

it('a script that stalls before its code runs (exit code 13) is run once more by the tests', () => {
  expect(runProjectScript('tests/fixtures/stalls-once-at-start.ts', { STALL_MARKER: marker() })).toContain('finished')
})

it('npm start’s launcher runs the site script once more when it stalls before its code runs (exit code 13)', () => {
  expectRunOnceMore(process.execPath, [path.join(PROJECT_DIR, 'scripts', 'run-tsx.mjs'), path.join('tests', 'fixtures', 'stalls-once-at-start.ts')])
})
