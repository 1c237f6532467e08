/** The Local API on the test file's own database (see tests/int/setup.ts). */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll } from 'vitest'

import { closePayload } from '../../scripts/lib/preparePayload'

let instance: Promise<Payload> | undefined

export function testPayload(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

// Runs before setup.ts drops the database (after-hooks run in reverse order).
afterAll(async () => {
  if (instance) await closePayload(await instance)
})
