/**
 * The access matrix: every role (anonymous, member, editor, admin) × every collection
 * and global × read / create / update / delete, drafts included, through the
 * Local API with access control on (`overrideAccess: false`). Each cell is a
 * test of its own, so the run lists exactly what was checked; an allowed
 * change is read back from the database, a refused one must have left it as
 * it was. Every collection Payload knows is in the matrix (Payload's own
 * included); the rate limits' counters are no collection, and the REST API
 * must not reach them under any name.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { NewsletterIssue, User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { api, apiToken } from '../helpers/rest'
import { createUser } from '../helpers/users'

type Role = 'anonymous' | 'member' | 'editor' | 'admin'
type Operation = 'read' | 'read draft' | 'create' | 'update' | 'delete'
const ROLES: Role[] = ['anonymous', 'member', 'editor', 'admin']

/**
 * What each role may do: the rules of DESIGN.md, the content-model and the
 * directory issues. `member` is a member organisation's representative acting
 * on documents that are not theirs (their own organisation: see
 * member-representative.int.spec.ts).
 */
const EXPECTED: Record<string, Record<Role, Operation[]>> = {
  articles: { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft', 'create', 'update', 'delete'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  pages: { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft', 'create', 'update', 'delete'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  'newsletter-issues': { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft', 'create', 'update', 'delete'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  categories: { member: ['read'], anonymous: ['read'], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  media: { member: ['read'], anonymous: ['read'], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  'member-organisations': { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  users: { member: [], anonymous: [], editor: ['read'], admin: ['read', 'create', 'update', 'delete'] },
  redirects: { member: [], anonymous: [], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  // Only admins see who subscribes to migo; the unsubscribe tokens are the sign-up code's alone.
  'newsletter-subscribers': { member: [], anonymous: [], editor: [], admin: ['read', 'create', 'update', 'delete'] },
  'newsletter-unsubscribe-tokens': { member: [], anonymous: [], editor: [], admin: [] },
  // Who received which issue: admins read it; only the sender writes it.
  'newsletter-deliveries': { member: [], anonymous: [], editor: [], admin: ['read'] },
  // Another organisation's events (a member's own: see events.int.spec.ts).
  events: { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft', 'create', 'update', 'delete'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  projects: { member: ['read'], anonymous: ['read'], editor: ['read', 'read draft', 'create', 'update', 'delete'], admin: ['read', 'read draft', 'create', 'update', 'delete'] },
  // Forms editors build: the public reads them (without their mail settings).
  forms: { member: ['read'], anonymous: ['read'], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  // Submissions come only through the form route (src/forms/formSubmission.ts); a record nobody edits.
  'form-submissions': { member: [], anonymous: [], editor: ['read', 'delete'], admin: ['read', 'delete'] },
  // Registrants' personal data: staff only, never public.
  'event-registrations': { member: [], anonymous: [], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  // Payload's own collections. The jobs queue is staff business (src/jobs/access.ts); only the queue writes it.
  'payload-jobs': { member: [], anonymous: [], editor: ['read'], admin: ['read'] },
  'payload-kv': { member: [], anonymous: [], editor: [], admin: [] },
  // Edit locks ("X is editing this"): Payload lets everyone who may enter the admin set and lift them; they hold user IDs only.
  'payload-locked-documents': { member: ['read', 'create', 'update', 'delete'], anonymous: [], editor: ['read', 'create', 'update', 'delete'], admin: ['read', 'create', 'update', 'delete'] },
  // Each account's admin preferences (column widths …): the fixtures belong to the admin; everyone logged in may create their own.
  'payload-preferences': { member: ['create'], anonymous: [], editor: ['create'], admin: ['read', 'create', 'update', 'delete'] },
}
/**
 * Collections deliberately outside the matrix above, each with its reason and
 * its own check below. The matrix fails when a collection is in neither.
 */
const OUTSIDE_MATRIX: Record<string, string> = {
  'payload-migrations': 'Payload serves no REST endpoints for it (endpoints: false); only migrations write it',
}
const GLOBALS_EXPECTED: Record<GlobalSlug, Record<Role, ('read' | 'update')[]>> = {
  'site-settings': { anonymous: ['read'], member: ['read'], editor: ['read'], admin: ['read', 'update'] },
  navigation: { anonymous: ['read'], member: ['read'], editor: ['read'], admin: ['read', 'update'] },
  // Payload's scheduler bookkeeping (when the nightly deletions run next): admins only (src/access/systemGlobals.ts).
  'payload-jobs-stats': { anonymous: [], member: [], editor: [], admin: ['read', 'update'] },
}
/** A change each collection accepts, for the update cells (others change their title). */
const UPDATES: Partial<Record<CollectionSlug, Record<string, unknown>>> = {
  users: { name: 'Geändert' },
  media: { alt: 'Geändert' },
  'member-organisations': { name: 'Geändert' },
  'newsletter-subscribers': { status: 'unsubscribed' },
  'newsletter-unsubscribe-tokens': { tokenHash: 'geaendert' },
  'newsletter-deliveries': { status: 'sent' },
  redirects: { to: '/ueber-uns' },
  'payload-jobs': { queue: 'geaendert' },
  'payload-kv': { data: { geaendert: true } },
  'payload-locked-documents': { globalSlug: 'geaendert' },
  'payload-preferences': { value: { geaendert: true } },
  'event-registrations': { status: 'cancelled' },
  'form-submissions': { submissionData: [] },
}

const DRAFT_COLLECTIONS = new Set(['articles', 'pages', 'newsletter-issues', 'member-organisations', 'events', 'projects'])

let payload: Payload
const users: Partial<Record<Role, User>> = {}
let png: Buffer
let counter = 0
/** The subscriber that unsubscribe-token and delivery fixtures belong to. */
let subscriberId: number
/** The issue that delivery fixtures belong to. */
let issueId: number
/** The category that edit-lock fixtures lock. */
let categoryId: number
/** The event that registration fixtures belong to (another organisation's than the member's). */
let eventId: number
/** The form that submission fixtures belong to. */
let formId: number
/** An organisation the member does not represent. */
let otherOrganisationId: number

const lexicalText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] },
})

/** Valid data for a new document (a unique slug each time). */
function sample(collection: CollectionSlug, status: 'published' | 'draft' = 'published'): Record<string, unknown> {
  counter += 1
  const slug = `matrix-${collection}-${counter}`
  const published = { _status: status }
  switch (collection) {
    case 'articles':
      return { title: `Beitrag ${counter}`, slug, publishedAt: new Date(Date.now() - 60_000).toISOString(), ...published }
    case 'pages':
      return { title: `Seite ${counter}`, slug, ...published }
    case 'newsletter-issues':
      return { title: `migo ${counter}`, slug, issueNumber: 1000 + counter, month: '2026-01-01T12:00:00.000Z', ...published }
    case 'categories':
      return { title: `Kategorie ${counter}`, slug }
    case 'member-organisations':
      return { name: `Verein ${counter}`, slug, status: 'active', ...published }
    case 'media':
      return { alt: `Testbild ${counter}` }
    case 'redirects':
      return { from: `/${slug}`, to: '/aktuelles' }
    case 'users':
      return { name: `Person ${counter}`, email: `matrix-${counter}@test.example`, password: 'test-password-123', role: 'editor' }
    case 'newsletter-subscribers':
      return { email: `leser-${counter}@test.example`, status: 'pending' }
    case 'newsletter-unsubscribe-tokens':
      return { tokenHash: `matrix-hash-${counter}`, subscriber: subscriberId }
    case 'newsletter-deliveries':
      return { issue: issueId, email: 'matrix-leser@test.example', status: 'pending', attempts: 0 }
    case 'payload-jobs':
      return { taskSlug: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: 1 } }, waitUntil: new Date(Date.now() + 86_400_000).toISOString() }
    case 'payload-kv':
      return { key: slug, data: { n: counter } }
    case 'payload-locked-documents':
      return { document: { relationTo: 'categories', value: categoryId }, user: { relationTo: 'users', value: users.admin!.id } }
    case 'payload-preferences':
      return { key: slug, value: { n: counter }, user: { relationTo: 'users', value: users.admin!.id } }
    case 'events':
      return { title: `Termin ${counter}`, slug, startsAt: new Date(Date.now() + 86_400_000).toISOString(), organiser: otherOrganisationId, ...published }
    case 'forms':
      return { title: `Formular ${counter}`, slug, confirmationType: 'message', confirmationMessage: lexicalText('Danke.'), emails: [{ emailTo: 'buero@test.example', subject: 'Neu' }] }
    case 'form-submissions':
      return { form: formId, submissionData: [{ field: 'name', value: `Person ${counter}` }] }
    case 'projects':
      return { title: `Projekt ${counter}`, slug, ...published }
    case 'event-registrations':
      return { event: eventId, name: `Person ${counter}`, email: `anmeldung-${counter}@test.example`, status: 'waiting' }
    default:
      throw new Error(`no sample for ${collection}`)
  }
}

const fileFor = (collection: CollectionSlug) =>
  collection === 'media' ? { file: { data: png, mimetype: 'image/png', name: `matrix-${counter}.png`, size: png.length } } : {}

/** Creates a fixture with access control off, as an editor's earlier work would be. */
async function fixture(collection: CollectionSlug, status: 'published' | 'draft' = 'published') {
  const data = sample(collection, status)
  // A preference always belongs to the account that saves it: the admin's.
  const owner = collection === 'payload-preferences' ? { user: users.admin } : {}
  return payload.create({ collection, data: data as never, draft: status === 'draft', ...fileFor(collection), ...owner })
}

/** The stored document, as the database has it (access control off). */
const stored = async (collection: CollectionSlug, id: number | string) =>
  (await payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true })).docs[0] as unknown as Record<string, unknown> | undefined

async function allowed(action: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await action()
    return result !== null && result !== undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

beforeAll(async () => {
  payload = await testPayload()
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  // A representative of an organisation of their own, never one of the fixtures.
  const own = await payload.create({ collection: 'member-organisations', data: sample('member-organisations') as never })
  users.member = await createUser(payload, 'member', 'Vertretung', own.id)
  subscriberId = (await payload.create({ collection: 'newsletter-subscribers', data: { email: 'matrix-leser@test.example', status: 'pending' } })).id
  issueId = (await fixture('newsletter-issues')).id
  categoryId = (await fixture('categories')).id
  otherOrganisationId = (await payload.create({ collection: 'member-organisations', data: sample('member-organisations') as never })).id
  eventId = (await fixture('events')).id
  formId = (await fixture('forms')).id
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5a6b' } }).png().toBuffer()
})

const asRole = (role: Role) => ({ user: role === 'anonymous' ? undefined : users[role], overrideAccess: false })

for (const [collection, byRole] of Object.entries(EXPECTED) as [CollectionSlug, Record<Role, Operation[]>][]) {
  const operations: Operation[] = DRAFT_COLLECTIONS.has(collection)
    ? ['read', 'read draft', 'create', 'update', 'delete']
    : ['read', 'create', 'update', 'delete']
  describe(collection, () => {
    for (const role of ROLES) {
      for (const operation of operations) {
        const expected = byRole[role].includes(operation)
        it(`${role} × ${operation} → ${expected ? 'erlaubt' : 'verweigert'}`, async () => {
          let result: boolean
          if (operation === 'read' || operation === 'read draft') {
            const doc = collection === 'users' ? users.admin! : await fixture(collection, operation === 'read draft' ? 'draft' : 'published')
            result = await allowed(() =>
              payload.findByID({ collection, id: doc.id, draft: operation === 'read draft', ...asRole(role), disableErrors: false }),
            )
          } else if (operation === 'create') {
            const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
            result = await allowed(() => payload.create({ collection, data: sample(collection) as never, ...fileFor(collection), ...asRole(role) }))
            expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before + (result ? 1 : 0))
          } else if (operation === 'update') {
            const doc = await fixture(collection)
            const data = UPDATES[collection] ?? { title: 'Geändert' }
            const [field, value] = Object.entries(data)[0]
            const before = (await stored(collection, doc.id))![field]
            result = await allowed(() => payload.update({ collection, id: doc.id, data: data as never, ...asRole(role) }))
            // Allowed means stored; refused means untouched.
            expect((await stored(collection, doc.id))![field]).toEqual(result ? value : before)
          } else {
            const doc = await fixture(collection)
            result = await allowed(() => payload.delete({ collection, id: doc.id, ...asRole(role) }))
            const { totalDocs } = await payload.count({ collection, where: { id: { equals: doc.id } } })
            expect(totalDocs === 0).toBe(result)
          }
          expect(result).toBe(expected)
        })
      }
    }
  })
}

for (const [slug, byRole] of Object.entries(GLOBALS_EXPECTED) as [GlobalSlug, Record<Role, ('read' | 'update')[]>][]) {
  describe(`global ${slug}`, () => {
    for (const role of ROLES) {
      for (const operation of ['read', 'update'] as const) {
        const expected = byRole[role].includes(operation)
        it(`${role} × ${operation} → ${expected ? 'erlaubt' : 'verweigert'}`, async () => {
          counter += 1
          const change =
            slug === 'site-settings'
              ? { siteName: `Test ${counter}` }
              : slug === 'payload-jobs-stats'
                ? { stats: { geaendert: counter } }
                : { header: [{ label: `Punkt ${counter}`, href: '/aktuelles' }] }
          const before = JSON.stringify(await payload.findGlobal({ slug, depth: 0 }))
          const result = await allowed(() =>
            operation === 'read' ? payload.findGlobal({ slug, ...asRole(role) }) : payload.updateGlobal({ slug, data: change as never, ...asRole(role) }),
          )
          expect(result).toBe(expected)
          const after = await payload.findGlobal({ slug, depth: 0 })
          if (operation === 'update' && result) {
            if (slug === 'navigation') expect((after as { header?: { label: string }[] }).header?.map((item) => item.label)).toEqual([`Punkt ${counter}`])
            else expect(after).toMatchObject(change)
          } else {
            expect(JSON.stringify(after)).toBe(before)
          }
        })
      }
    }
  })
}

describe('a migo issue is locked once sending starts', () => {
  for (const sendStatus of ['sending', 'sent'] as const) {
    for (const role of ['editor', 'admin'] as const) {
      it(`${role} can neither change nor delete an issue that is ${sendStatus}`, async () => {
        const doc = (await fixture('newsletter-issues')) as NewsletterIssue
        await payload.update({ collection: 'newsletter-issues', id: doc.id, data: { sendStatus } })
        expect(await allowed(() => payload.update({ collection: 'newsletter-issues', id: doc.id, data: { title: 'Geändert' }, ...asRole(role) }))).toBe(false)
        expect(await allowed(() => payload.delete({ collection: 'newsletter-issues', id: doc.id, ...asRole(role) }))).toBe(false)
        const stored = await payload.findByID({ collection: 'newsletter-issues', id: doc.id })
        expect(stored.title).toBe(doc.title)
      })
    }
  }

  it('staff cannot set the send status themselves (only the sender moves it on)', async () => {
    const doc = await fixture('newsletter-issues')
    await payload.update({ collection: 'newsletter-issues', id: doc.id, data: { sendStatus: 'sent', title: 'Neu' }, ...asRole('admin') })
    const stored = await payload.findByID({ collection: 'newsletter-issues', id: doc.id })
    expect(stored.title).toBe('Neu')
    expect(stored.sendStatus).toBe('draft')
  })
})

describe('scheduled and unpublished articles stay hidden from anonymous readers', () => {
  it('a published article whose date lies in the future is not public yet', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...sample('articles'), publishedAt: new Date(Date.now() + 3_600_000).toISOString() } as never,
    })
    expect(await allowed(() => payload.findByID({ collection: 'articles', id: doc.id, ...asRole('anonymous') }))).toBe(false)
    expect(await allowed(() => payload.findByID({ collection: 'articles', id: doc.id, ...asRole('editor') }))).toBe(true)
  })

  it('an inactive organisation is not public', async () => {
    const doc = await payload.create({ collection: 'member-organisations', data: { ...sample('member-organisations'), status: 'inactive' } as never })
    expect(await allowed(() => payload.findByID({ collection: 'member-organisations', id: doc.id, ...asRole('anonymous') }))).toBe(false)
  })
})

describe('the matrix covers every collection', () => {
  it('each collection Payload serves is either in the matrix or listed with its reason', () => {
    const known = new Set([...Object.keys(EXPECTED), ...Object.keys(OUTSIDE_MATRIX)])
    expect(Object.keys(payload.collections).filter((slug) => !known.has(slug))).toEqual([])
    expect([...known].filter((slug) => !(slug in payload.collections))).toEqual([])
  })

  it('payload-migrations: no REST request of any role reaches it', async () => {
    const tokens = await roleTokens()
    for (const role of ROLES) {
      for (const [method, path] of [
        ['GET', '/api/payload-migrations'],
        ['POST', '/api/payload-migrations'],
        ['DELETE', '/api/payload-migrations?where[id][exists]=true'],
      ]) {
        const response = await api(method, path, { token: tokens[role], json: method === 'POST' ? { name: 'gefaelscht', batch: 99 } : undefined })
        expect(response.status, `${role} ${method} ${path}`).toBeGreaterThanOrEqual(400)
      }
    }
    expect((await payload.count({ collection: 'payload-migrations', where: { name: { equals: 'gefaelscht' } } })).totalDocs).toBe(0)
  })
})

/** Logs each role in through the REST API (anonymous: no token). */
async function roleTokens(): Promise<Record<Role, string | undefined>> {
  const tokens: Record<Role, string | undefined> = { anonymous: undefined, member: undefined, editor: undefined, admin: undefined }
  for (const role of ['member', 'editor', 'admin'] as const) tokens[role] = await apiToken(users[role]!.email, 'test-password-123')
  return tokens
}

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())
/** Every counter the rate limits keep (src/lib/rateLimit.ts), whatever table holds them. */
async function counters(): Promise<unknown[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'rate_limit%' ORDER BY 1`)
  const all: unknown[] = []
  for (const { name } of rows) all.push(...(await db.query(`SELECT * FROM ${pg.escapeIdentifier(name)} ORDER BY 1`)).rows)
  return all
}

describe('the rate limits\' counters are no collection: no role reaches them through the API', () => {
  for (const role of ROLES) {
    it(`${role}: every request to /api/rate-limit-hits and /api/rate-limit-counters is answered 404, and the counters stay as they are`, async () => {
      const tokens = await roleTokens()
      const before = await counters()
      for (const slug of ['rate-limit-hits', 'rate-limit-counters', 'rate_limit_counters']) {
        for (const [method, path, json] of [
          ['GET', `/api/${slug}`, undefined],
          ['GET', `/api/${slug}/1`, undefined],
          ['POST', `/api/${slug}`, { key: 'x', points: 0, expire: 0 }],
          ['PATCH', `/api/${slug}?where[key][exists]=true`, { points: 0 }],
          ['DELETE', `/api/${slug}?where[key][exists]=true`, undefined],
        ] as const) {
          const response = await api(method, path, { token: tokens[role], json })
          expect(response.status, `${role} ${method} ${path}`).toBe(404)
        }
      }
      expect('rate-limit-hits' in payload.collections).toBe(false)
      const after = await counters()
      expect(after).toEqual(before)
    })
  }
})
