/** A production server refuses to start with a missing or default PAYLOAD_SECRET, in one line. */
import { spawnSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { EXAMPLE_SECRET } from '../../src/lib/secret'
import { freePort } from '../helpers/postgresServer'
import { bin, PROJECT_DIR } from '../helpers/runScript'

for (const [situation, secret] of [
  ['missing', ''],
  ['the example value', EXAMPLE_SECRET],
  ['too short', 'kurz'],
] as const) {
  test(`production refuses a ${situation} PAYLOAD_SECRET`, async () => {
    const result = spawnSync(bin('next'), ['start', '--port', String(await freePort())], {
      cwd: PROJECT_DIR,
      env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: secret, DATABASE_URL: process.env.E2E_DATABASE_URL },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Refusing to start in production: PAYLOAD_SECRET/)
  })
}
