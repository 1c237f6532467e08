/**
 * The project's scripts load Payload's config in a fresh Node process under
 * tsx. Imported after the migrations (which import @payloadcms/db-postgres),
 * the config's import never settled in most runs, and `npm run restore`
 * hung for good. Five processes in a row must each load both; and a script
 * whose loading stalls anyway runs once more (scripts/lib/runMain.ts).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { expect, it } from 'vitest'

import { bin, PROJECT_DIR } from '../helpers/runScript'

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

it.each(['empty event loop', 'top-level-await'])('a script whose loading stalls (%s) runs once more and finishes', (way) => {
  const result = spawnSync(bin('tsx'), [path.join(PROJECT_DIR, 'tests', 'fixtures', 'stalls-once.ts'), way], { cwd: PROJECT_DIR, encoding: 'utf8', timeout: 60_000 })
  expect(result.stderr).toContain('loading the modules stalled; running it once more')
  expect(result.stdout).toContain('finished (retry: 1)')
  expect(result.status).toBe(0)
})
