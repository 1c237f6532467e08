/**
 * Starts PostgreSQL once for the integration tests and migrates a template
 * database (the same way `npm start` does); each test file then gets a fresh
 * copy of it (see setup.ts).
 */
import type { TestProject } from 'vitest/node'

import { closePayload, migratedPayload } from '../../scripts/lib/preparePayload'
import { createDatabase, dropDatabase, startTestPostgres, tableExists, uniqueName } from '../helpers/postgresServer'

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

  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET = 'integration-tests'
  await closePayload(await migratedPayload())
  if (!(await tableExists(url, 'users'))) throw new Error('Migrating the template database left no users table')
  // The template must have no open connections when it is copied.
  await dropConnections(server.urlFor('postgres'), template)

  project.provide('templateDatabase', template)
  project.provide('serverUrl', server.urlFor('postgres'))

  return async () => {
    await dropDatabase(server, template)
    await server.stop()
  }
}

async function dropConnections(adminUrl: string, database: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])
  } finally {
    await client.end()
  }
}
