/**
 * Users and roles through the Local API with access control on
 * (`overrideAccess: false`), as the admin panel and REST API apply it.
 * Every test makes the accounts it needs: the tests pass in any order, and
 * they run shuffled to keep it so.
 */
import { Forbidden, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

beforeAll(async () => {
  payload = await testPayload()
})

/** A fresh admin and editor for one test. */
async function staff(): Promise<{ admin: User; editor: User }> {
  return { admin: await createUser(payload, 'admin'), editor: await createUser(payload, 'editor') }
}

describe.shuffle('users and roles', () => {
  it('the very first account becomes an admin even when another role was asked for; later accounts do not', async () => {
    await db.query('TRUNCATE users CASCADE')
    const first = await payload.create({
      collection: 'users',
      data: { name: 'Erste Person', email: `first-${Date.now()}@test.example`, password: 'test-password-123', role: 'editor' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { name: 'Zweite Person', email: `second-${Date.now()}@test.example`, password: 'test-password-123', role: 'editor' },
    })
    expect(second.role).toBe('editor')
  })

  it('an editor cannot create users', async () => {
    const { editor } = await staff()
    const email = `new-by-editor-${Date.now()}@test.example`
    await expect(
      payload.create({
        collection: 'users',
        data: { name: 'Neu', email, password: 'test-password-123', role: 'editor' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
    expect(totalDocs).toBe(0)
  })

  it('an editor cannot raise their own role', async () => {
    const { editor } = await staff()
    const updated = await payload.update({ collection: 'users', id: editor.id, data: { role: 'admin' }, user: editor, overrideAccess: false })
    expect(updated.role).toBe('editor')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('an editor can change their own name', async () => {
    const { editor } = await staff()
    const updated = await payload.update({ collection: 'users', id: editor.id, data: { name: 'Umbenannt' }, user: editor, overrideAccess: false })
    expect(updated.name).toBe('Umbenannt')
    expect((await payload.findByID({ collection: 'users', id: editor.id })).name).toBe('Umbenannt')
  })

  it('an editor cannot change another account, nor its role', async () => {
    const { admin, editor } = await staff()
    await expect(payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, user: editor, overrideAccess: false })).rejects.toBeInstanceOf(
      Forbidden,
    )
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })

  it('an editor cannot delete accounts', async () => {
    const { admin, editor } = await staff()
    await expect(payload.delete({ collection: 'users', id: admin.id, user: editor, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.count({ collection: 'users', where: { id: { equals: admin.id } } })).totalDocs).toBe(1)
  })

  it('an editor can read the staff list', async () => {
    const { admin, editor } = await staff()
    const { docs } = await payload.find({ collection: 'users', user: editor, overrideAccess: false, pagination: false })
    expect(docs.map((user) => user.id)).toEqual(expect.arrayContaining([admin.id, editor.id]))
  })

  it('an anonymous visitor cannot read users', async () => {
    await staff()
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('an admin creates accounts and sets their role', async () => {
    const { admin } = await staff()
    const created = await payload.create({
      collection: 'users',
      data: { name: 'Zweite Admin', email: `second-admin-${Date.now()}@test.example`, password: 'test-password-123', role: 'admin' },
      user: admin,
      overrideAccess: false,
    })
    expect(created.role).toBe('admin')
    const demoted = await payload.update({ collection: 'users', id: created.id, data: { role: 'editor' }, user: admin, overrideAccess: false })
    expect(demoted.role).toBe('editor')
  })

  it('the last admin can be neither demoted nor deleted', async () => {
    const { admin } = await staff()
    // Whatever other tests left: this admin is the last one.
    await db.query(`UPDATE users SET role = 'editor' WHERE role = 'admin' AND id <> $1`, [admin.id])
    await expect(payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, user: admin, overrideAccess: false })).rejects.toThrow(
      /letzte Konto/,
    )
    await expect(payload.delete({ collection: 'users', id: admin.id, user: admin, overrideAccess: false })).rejects.toThrow(/letzte Konto/)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })
})
