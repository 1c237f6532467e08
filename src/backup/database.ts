/**
 * The database part of a backup, without pg_dump (the embedded server ships
 * none, and a client of another major version refuses the server): every
 * table's rows as COPY text, read in one REPEATABLE READ transaction so all
 * tables show the same moment, in foreign-key order so they load back in
 * the order they are read. The schema itself is not saved: restore rebuilds
 * it with the project's own migrations.
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

export type TableInfo = { name: string; columns: string[] }
export type SequenceInfo = { name: string; lastValue: string | null }

const id = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * The tables of the public schema, each after the tables it references
 * (Payload's schema has no reference cycles; a table referencing itself is
 * fine, since COPY checks references at the end of the statement).
 */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     GROUP BY c.relname
     ORDER BY c.relname`)
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT src.relname AS child, dst.relname AS parent
      FROM pg_constraint k
      JOIN pg_class src ON src.oid = k.conrelid
      JOIN pg_class dst ON dst.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND src.oid <> dst.oid`)
  const parents = new Map<string, string[]>(tables.map((t) => [t.name, []]))
  for (const { child, parent } of references) parents.get(child)?.push(parent)

  const ordered: TableInfo[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const byName = new Map(tables.map((t) => [t.name, t]))
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') throw new Error(`Foreign keys form a cycle: ${[...path, name].join(' → ')}`)
    state.set(name, 'visiting')
    for (const parent of parents.get(name) ?? []) visit(parent, [...path, name])
    state.set(name, 'done')
    ordered.push(byName.get(name)!)
  }
  for (const table of tables) visit(table.name, [])
  return ordered
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  )
  return rows.map((row) => ({ name: row.name, lastValue: row.last_value }))
}

/** Streams one table's rows (COPY text format) as they come from the server. */
export function copyTableOut(client: pg.ClientBase, table: TableInfo): Readable {
  return client.query(copyTo(`COPY public.${id(table.name)} (${table.columns.map(id).join(', ')}) TO STDOUT`))
}

/** Loads rows written by copyTableOut into the same table of another database. */
export async function copyTableIn(client: pg.ClientBase, table: TableInfo, rows: AsyncIterable<Buffer>): Promise<void> {
  const target = client.query(copyFrom(`COPY public.${id(table.name)} (${table.columns.map(id).join(', ')}) FROM STDIN`))
  await pipeline(Readable.from(rows), target)
}

export async function restoreSequences(client: pg.ClientBase, sequences: SequenceInfo[]): Promise<void> {
  for (const sequence of sequences) {
    if (sequence.lastValue === null) continue
    await client.query('SELECT setval($1::regclass, $2::bigint, true)', [`public.${id(sequence.name)}`, sequence.lastValue])
  }
}

/** Whether the database holds no tables of its own (a fresh one). */
export async function isDatabaseEmpty(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`)
  return rows.length === 0
}

/** Empties the database for restore --force: the whole public schema, types included. */
export async function emptyDatabase(client: pg.ClientBase): Promise<void> {
  await client.query('DROP SCHEMA public CASCADE')
  await client.query('CREATE SCHEMA public')
}
