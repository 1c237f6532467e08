/**
 * Users and roles through the Local API with access control on
 * (`overrideAccess: false`), as the admin panel and REST API apply it.
 */
import { Forbidden, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let admin: User
let editor: User

beforeAll(async () => {
  payload = await testPayload()
})

describe('the first account', () => {
  it('becomes an admin even when another role was asked for', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { name: 'Erste Person', email: 'first@test.example', password: 'test-password-123', role: 'editor' },
    })
    expect(first.role).toBe('admin')
    admin = first
  })

  it('does not make later accounts admins', async () => {
    editor = await createUser(payload, 'editor')
    expect(editor.role).toBe('editor')
  })
})

describe('an editor', () => {
  it('cannot create users', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { name: 'Neu', email: 'new-by-editor@test.example', password: 'test-password-123', role: 'editor' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'new-by-editor@test.example' } } })
    expect(totalDocs).toBe(0)
  })

  it('cannot raise their own role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.role).toBe('editor')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('can change their own name', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Umbenannt' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Umbenannt')
  })

  it('cannot change another account, nor its role', async () => {
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, user: editor, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })

  it('cannot delete accounts', async () => {
    await expect(
      payload.delete({ collection: 'users', id: admin.id, user: editor, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('can read the staff list', async () => {
    const { totalDocs } = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(totalDocs).toBeGreaterThanOrEqual(2)
  })
})

describe('an anonymous visitor', () => {
  it('cannot read users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })
})

describe('an admin', () => {
  it('creates accounts and sets their role', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { name: 'Zweite Admin', email: 'second-admin@test.example', password: 'test-password-123', role: 'admin' },
      user: admin,
      overrideAccess: false,
    })
    expect(created.role).toBe('admin')
    const demoted = await payload.update({
      collection: 'users',
      id: created.id,
      data: { role: 'editor' },
      user: admin,
      overrideAccess: false,
    })
    expect(demoted.role).toBe('editor')
  })

  it('cannot demote or delete the last admin', async () => {
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { role: 'editor' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow(/letzte Konto/)
    await expect(
      payload.delete({ collection: 'users', id: admin.id, user: admin, overrideAccess: false }),
    ).rejects.toThrow(/letzte Konto/)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })
})
