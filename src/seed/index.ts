/**
 * Demo content for the embedded default database (and `npm run seed`).
 * Idempotent: records are matched by a natural key and only created when missing.
 */
import type { Payload } from 'payload'

export type DemoLogin = { name: string; email: string; password: string; role: 'admin' | 'editor' }

async function ensureUser(payload: Payload, login: DemoLogin): Promise<boolean> {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: login.email } },
    limit: 1,
    depth: 0,
  })
  if (existing.totalDocs > 0) return false
  await payload.create({ collection: 'users', data: login })
  return true
}

/** Creates whatever demo content is missing; returns the logins it created. */
export async function seedDemoContent(payload: Payload, logins: DemoLogin[]): Promise<DemoLogin[]> {
  const created: DemoLogin[] = []
  // The admin first: the first account always becomes an admin.
  for (const login of [...logins].sort((a, b) => Number(b.role === 'admin') - Number(a.role === 'admin'))) {
    if (await ensureUser(payload, login)) created.push(login)
  }
  return created
}

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}
