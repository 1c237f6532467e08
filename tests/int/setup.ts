/** Gives every test file its own database, copied from the migrated template. */
import { afterAll, inject } from 'vitest'

import { createDatabase, dropDatabase, runningServer, tableExists, uniqueName } from '../helpers/postgresServer'

const server = runningServer(inject('serverUrl'))
const database = uniqueName('evi_test')

process.env.DATABASE_URL = await createDatabase(server, database, inject('templateDatabase'))
if (!(await tableExists(process.env.DATABASE_URL, 'users'))) {
  throw new Error(`The copy ${database} of the migrated template has no users table`)
}
process.env.PAYLOAD_SECRET = 'integration-tests'

afterAll(async () => {
  await dropDatabase(server, database)
})
