/**
 * Starts PostgreSQL once for the integration tests and migrates a template
 * database (the same way `npm start` does); each test file then gets a fresh
 * copy of it (see setup.ts).
 */
import { randomBytes } from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { createDatabase, dropDatabase, startTestPostgres, tableExists, uniqueName } from '../helpers/postgresServer'
import { runProjectScript } from '../helpers/runScript'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string
    serverUrl: string
    testSecret: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestPostgres()
  const template = uniqueName('evi_template')
  const url = await createDatabase(server, template)

  // Migrated by the same script as `npm run migrate`, in its own process.
  const testSecret = randomBytes(32).toString('hex')
  const output = runProjectScript('scripts/migrate.ts', { DATABASE_URL: url, PAYLOAD_SECRET: testSecret })
  if (!(await tableExists(url, 'users'))) throw new Error(`Migrating the template database left no users table:\n${output}`)

  project.provide('templateDatabase', template)
  project.provide('serverUrl', server.urlFor('postgres'))
  project.provide('testSecret', testSecret)

  return async () => {
    await dropDatabase(server, template)
    await server.stop()
  }
}
