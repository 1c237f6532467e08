/**
 * A member organisation's representative (role `member`) edits only their own
 * organisation's profile, and only as a draft: the change goes live when an
 * admin publishes it. The admins hear of each proposal by e-mail.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { MemberOrganisation, User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let own: MemberOrganisation
let other: MemberOrganisation
let member: User
let admin: User
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-outbox-'))

const organisation = (name: string, slug: string) =>
  payload.create({ collection: 'member-organisations', data: { name, slug, status: 'active', shortDescription: 'Vorher', _status: 'published' } })

const publicView = async (id: number) =>
  (await payload.find({ collection: 'member-organisations', where: { id: { equals: id } }, overrideAccess: false })).docs[0]

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = outbox
  payload = await testPayload()
  admin = await createUser(payload, 'admin', 'Verwaltung')
  own = await organisation('Eigener Kulturverein', 'eigener-kulturverein')
  other = await organisation('Fremder Sportverein', 'fremder-sportverein')
  member = await createUser(payload, 'member', 'Vertreterin', own.id)
})

const asMember = () => ({ user: member, overrideAccess: false })

it('a member role needs the organisation it represents', async () => {
  await expect(
    payload.create({ collection: 'users', data: { name: 'Ohne Verein', email: 'ohne@test.example', password: 'test-password-123', role: 'member' } }),
  ).rejects.toThrow()
})

it('proposes a change to the own organisation as a draft; readers see the old profile until an admin publishes', async () => {
  const draft = await payload.update({
    collection: 'member-organisations',
    id: own.id,
    draft: true,
    data: { shortDescription: 'Nachher', _status: 'draft' },
    ...asMember(),
  })
  expect(draft.shortDescription).toBe('Nachher')
  expect((await publicView(own.id)).shortDescription).toBe('Vorher')
  // The member sees their draft.
  const mine = await payload.findByID({ collection: 'member-organisations', id: own.id, draft: true, ...asMember() })
  expect(mine.shortDescription).toBe('Nachher')

  // Quoted-printable wraps long lines with a trailing "=".
  const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, ''))
  // The admins are told, with a link to review the proposal.
  expect(mails.some((m) => m.includes(admin.email) && m.includes('Eigener Kulturverein') && m.includes(`member-organisations/${own.id}`))).toBe(true)

  await payload.update({ collection: 'member-organisations', id: own.id, data: { _status: 'published' }, user: admin, overrideAccess: false })
  expect((await publicView(own.id)).shortDescription).toBe('Nachher')
})

it('cannot publish, not even the own organisation', async () => {
  await expect(
    payload.update({ collection: 'member-organisations', id: own.id, data: { shortDescription: 'Sofort live', _status: 'published' }, ...asMember() }),
  ).rejects.toThrow(/nach Prüfung/)
  expect((await publicView(own.id)).shortDescription).not.toBe('Sofort live')
})

it('cannot change the membership status or the address of the profile', async () => {
  const draft = await payload.update({
    collection: 'member-organisations',
    id: own.id,
    draft: true,
    data: { status: 'inactive', slug: 'gekapert', _status: 'draft' },
    ...asMember(),
  })
  expect(draft.status).toBe('active')
  expect(draft.slug).toBe('eigener-kulturverein')
})

it('cannot touch another organisation, nor read its drafts', async () => {
  await expect(
    payload.update({ collection: 'member-organisations', id: other.id, draft: true, data: { shortDescription: 'Fremd', _status: 'draft' }, ...asMember() }),
  ).rejects.toThrow()
  await payload.update({ collection: 'member-organisations', id: other.id, draft: true, data: { shortDescription: 'Entwurf', _status: 'draft' } })
  const seen = await payload.findByID({ collection: 'member-organisations', id: other.id, draft: true, ...asMember() })
  expect(seen.shortDescription).toBe('Vorher')
  const versions = await payload.findVersions({ collection: 'member-organisations', where: { parent: { equals: other.id } }, ...asMember() })
  expect(versions.totalDocs).toBe(0)
})

it('sees only their own account and cannot raise their role or switch organisation', async () => {
  const { docs } = await payload.find({ collection: 'users', ...asMember() })
  expect(docs.map((u) => u.id)).toEqual([member.id])
  const updated = await payload.update({ collection: 'users', id: member.id, data: { role: 'admin', organisation: other.id }, ...asMember() })
  expect(updated.role).toBe('member')
  expect(typeof updated.organisation === 'object' ? updated.organisation?.id : updated.organisation).toBe(own.id)
})
