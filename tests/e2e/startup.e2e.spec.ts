/** `next start` (without the front server) refuses a missing, short or example PAYLOAD_SECRET in one line, with or without NODE_ENV=production. */
import { spawnSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { EXAMPLE_SECRET } from '../../src/lib/secret'
import { freePort } from '../helpers/postgresServer'
import { bin, PROJECT_DIR } from '../helpers/runScript'

for (const [situation, secret, nodeEnv] of [
  ['missing', '', 'production'],
  ['the example value', EXAMPLE_SECRET, 'production'],
  ['too short', 'kurz', 'production'],
  ['missing (no NODE_ENV)', '', undefined],
] as const) {
  test(`next start refuses a ${situation} PAYLOAD_SECRET`, async () => {
    const { NODE_ENV: _ignored, ...inherited } = process.env
    const result = spawnSync(bin('next'), ['start', '--port', String(await freePort())], {
      cwd: PROJECT_DIR,
      env: { ...inherited, ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}), PAYLOAD_SECRET: secret, DATABASE_URL: process.env.E2E_DATABASE_URL } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Refusing to start: PAYLOAD_SECRET/)
  })
}
