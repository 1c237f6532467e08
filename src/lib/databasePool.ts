import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type Pool = PostgresAdapter['pool']

/** Payload's own PostgreSQL pool, for the few places that speak SQL directly (bulk sending, rate limits). */
export const poolOf = (payload: Payload): Pool => (payload.db as unknown as PostgresAdapter).pool
