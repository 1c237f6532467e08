/**
 * What a database and a media store hold, in a form two of them can be
 * compared by: every row of every table as text (generated columns
 * included), every sequence's value, every file's bytes as a hash.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export type DatabaseContents = { tables: Record<string, string[]>; sequences: Record<string, string | null> }

export async function databaseContents(url: string): Promise<DatabaseContents> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    const contents: DatabaseContents = { tables: {}, sequences: {} }
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM public.${pg.escapeIdentifier(name)} AS t ORDER BY 1`)
      contents.tables[name] = rows.map((r) => r.row)
    }
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    )
    for (const { name, value } of sequences) contents.sequences[name] = value
    return contents
  } finally {
    await client.end()
  }
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Every file of a folder, by name, as the hash of its bytes. */
export function folderContents(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, sha256(fs.readFileSync(path.join(dir, name)))]),
  )
}
