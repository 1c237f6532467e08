/**
 * Starts PostgreSQL once for the integration tests and migrates a template
 * database (the same way `npm start` does); each test file then gets a fresh
 * copy of it (see setup.ts).
 */
import type { TestProject } from 'vitest/node'

import { createDatabase, dropDatabase, startTestPostgres, tableExists, uniqueName } from '../helpers/postgresServer'
import { bin, run } from '../helpers/runScript'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string
    serverUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestPostgres()
  const template = uniqueName('evi_template')
  const url = await createDatabase(server, template)

  // Migrated by the same script as `npm run migrate`, in its own process.
  const migrate = () => run(bin('tsx'), ['scripts/migrate.ts'], { DATABASE_URL: url, PAYLOAD_SECRET: 'integration-tests' })
  let output: string
  try {
    output = migrate()
  } catch (error) {
    // In fresh clones the first TypeScript load has now and then stalled and the process ended
    // early (scripts/lib/runMain.ts reports it). Say so, and try once more; a real failure fails twice.
    if (!String(error).includes('stopped before it finished')) throw error
    console.warn('scripts/migrate.ts stopped before it finished; running it once more')
    output = migrate()
  }
  if (!(await tableExists(url, 'users'))) throw new Error(`Migrating the template database left no users table:\n${output}`)

  project.provide('templateDatabase', template)
  project.provide('serverUrl', server.urlFor('postgres'))

  return async () => {
    await dropDatabase(server, template)
    await server.stop()
  }
}
