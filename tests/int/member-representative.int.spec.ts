/**
 * A member organisation's representative (role `member`) edits only their own
 * organisation's profile, and only as a draft, whatever the request says: the
 * change goes live when an admin publishes it. The admins hear of proposals
 * by e-mail, at most once an hour per organisation.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Forbidden, type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { MemberOrganisation, User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { api, apiToken } from '../helpers/rest'
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

/** The admins' mails about proposals for this organisation so far: those linking to it for review (quoted-printable's soft line breaks undone). */
const proposalMails = (organisationId: number) =>
  fs
    .readdirSync(outbox)
    .map((f) => fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, ''))
    .filter((m) => m.includes(`/admin/collections/member-organisations/${organisationId}\r`) || m.includes(`/admin/collections/member-organisations/${organisationId}\n`))

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
  const attempt = payload.create({ collection: 'users', data: { name: 'Ohne Verein', email: 'ohne@test.example', password: 'test-password-123', role: 'member' } })
  await expect(attempt).rejects.toBeInstanceOf(ValidationError)
  await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'organisation', message: 'Bitte den Verein angeben, den diese Person vertritt.' })] } })
  expect((await payload.count({ collection: 'users', where: { email: { equals: 'ohne@test.example' } } })).totalDocs).toBe(0)
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
  ).rejects.toBeInstanceOf(Forbidden)
  expect((await payload.findByID({ collection: 'member-organisations', id: other.id, draft: true })).shortDescription).toBe('Vorher')
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

describe('whatever the request says, a member\'s save is a draft', () => {
  let listed: MemberOrganisation
  let representative: User
  let token: string
  beforeAll(async () => {
    listed = await organisation('Verein mit Listeneintrag', 'verein-mit-listeneintrag')
    representative = await createUser(payload, 'member', 'Vertretung B', listed.id)
    token = await apiToken(representative.email, 'test-password-123')
  })
  const live = async () => (await publicView(listed.id))?.shortDescription

  it('"_status": "draft" without ?draft=true (REST) keeps the live listing and stores the change as a draft', async () => {
    const response = await api('PATCH', `/api/member-organisations/${listed.id}`, { json: { shortDescription: 'Nur Entwurf', _status: 'draft' }, token })
    expect(response.status).toBe(200)
    expect(await live()).toBe('Vorher')
    const stored = await payload.findByID({ collection: 'member-organisations', id: listed.id })
    expect(stored._status).toBe('published')
    expect((await payload.findByID({ collection: 'member-organisations', id: listed.id, draft: true })).shortDescription).toBe('Nur Entwurf')
  })

  it('a save without any status (Local API, no draft flag) is a draft too', async () => {
    await payload.update({ collection: 'member-organisations', id: listed.id, data: { shortDescription: 'Ohne Status' }, user: representative, overrideAccess: false })
    expect(await live()).toBe('Vorher')
    expect((await payload.findByID({ collection: 'member-organisations', id: listed.id, draft: true })).shortDescription).toBe('Ohne Status')
  })

  it('"_status": "published" (REST, with or without ?draft) is refused in German and changes nothing public', async () => {
    for (const query of ['', '?draft=true', '?draft=false']) {
      const response = await api('PATCH', `/api/member-organisations/${listed.id}${query}`, { json: { shortDescription: 'Sofort live', _status: 'published' }, token })
      expect(response.status, query).toBe(403)
      expect((await response.json()).errors[0].message).toMatch(/nach Prüfung/)
    }
    expect(await live()).toBe('Vorher')
  })

  it('a bulk update (PATCH with where) is a draft as well', async () => {
    const response = await api('PATCH', `/api/member-organisations?where[id][equals]=${listed.id}`, { json: { shortDescription: 'Massenweise', _status: 'draft' }, token })
    expect(response.status).toBe(200)
    expect(await live()).toBe('Vorher')
    expect((await payload.findByID({ collection: 'member-organisations', id: listed.id })).shortDescription).toBe('Vorher')
  })

  it('restoring an old version is allowed only as a draft: the live listing stays', async () => {
    const { docs } = await payload.findVersions({ collection: 'member-organisations', where: { parent: { equals: listed.id } }, sort: '-updatedAt', limit: 1 })
    const refused = await api('POST', `/api/member-organisations/versions/${docs[0].id}`, { token })
    expect(refused.status).toBe(403)
    expect(await live()).toBe('Vorher')
    const asDraft = await api('POST', `/api/member-organisations/versions/${docs[0].id}?draft=true`, { token })
    expect(asDraft.status).toBe(200)
    expect(await live()).toBe('Vorher')
  })
})

describe('the admins hear of proposals', () => {
  it('at most once an hour per organisation, however often its representative saves', async () => {
    const quiet = await organisation('Verein der vielen Entwürfe', 'verein-der-vielen-entwuerfe')
    const busy = await createUser(payload, 'member', 'Fleißige Vertretung', quiet.id)
    for (let i = 0; i < 4; i += 1) {
      await payload.update({ collection: 'member-organisations', id: quiet.id, draft: true, data: { shortDescription: `Entwurf ${i}`, _status: 'draft' }, user: busy, overrideAccess: false })
    }
    expect(proposalMails(quiet.id)).toHaveLength(1)

    // Another organisation's proposal is news of its own.
    const second = await organisation('Zweiter Verein', 'zweiter-verein')
    const secondMember = await createUser(payload, 'member', 'Zweite Vertretung', second.id)
    await payload.update({ collection: 'member-organisations', id: second.id, draft: true, data: { shortDescription: 'Neu', _status: 'draft' }, user: secondMember, overrideAccess: false })
    expect(proposalMails(second.id)).toHaveLength(1)
    expect(proposalMails(quiet.id)).toHaveLength(1)
  })
})
