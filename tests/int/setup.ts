/** Gives every test file its own database, copied from the migrated template. */
import { afterAll, inject } from 'vitest'

import { createDatabase, dropDatabase, runningServer, tableExists, uniqueName } from '../helpers/postgresServer'

const server = runningServer(inject('serverUrl'))
const database = uniqueName('evi_test')

process.env.DATABASE_URL = await createDatabase(server, database, inject('templateDatabase'))
if (!(await tableExists(process.env.DATABASE_URL, 'users'))) {
  throw new Error(`The copy ${database} of the migrated template has no users table`)
}
// No cron in test processes (Payload's REST route starts them): jobs run when a test runs them,
// and no scheduled task writes into a database a test is comparing.
process.env.JOBS_AUTORUN = 'false'
// A good secret, as every process of the site needs one (src/lib/secret.ts).
process.env.PAYLOAD_SECRET = inject('testSecret')

afterAll(async () => {
  await dropDatabase(server, database)
})
