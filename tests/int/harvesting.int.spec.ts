/**
 * Nothing harvestable: what an anonymous caller gets from the REST API holds
 * no e-mail address or phone number that the public pages do not show
 * openly. The pages show a member organisation's contact person and phone on
 * its profile and its e-mail address only encoded; the API, which hands out
 * every organisation in one JSON list, carries none of the three. The
 * association's own address and phone are in every page's footer: those may
 * appear. GraphQL is switched off.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { api, apiToken } from '../helpers/rest'
import { createUser } from '../helpers/users'

let payload: Payload
const ORG_CONTACT = { person: 'Erika Musterfrau', email: 'vorstand@ernteverein.example', phone: '+49 201 5550100' }
const OTHER_CONTACT = { person: 'Kemal Beispiel', email: 'kontakt@zweiter.example', phone: '0201 5550199' }
const ASSOCIATION = { email: 'info@evi-essen.example', phone: '0201 8888888' }
const SUBSCRIBER = 'leserin-geheim@beispiel.de'
/** What must never appear in an anonymous answer. */
const SECRETS = [ORG_CONTACT, OTHER_CONTACT].flatMap((c) => [c.person, c.email, c.phone])
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g

let orgId: number
let slug: string
let staffEmails: string[]

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, 'admin')
  const editor = await createUser(payload, 'editor')
  const org = await payload.create({
    collection: 'member-organisations',
    data: { name: 'Ernteverein Essen', slug: 'ernteverein-essen', status: 'active', _status: 'published', contact: ORG_CONTACT },
  })
  orgId = org.id
  slug = org.slug
  const other = await payload.create({
    collection: 'member-organisations',
    data: { name: 'Zweiter Verein', slug: 'zweiter-verein', status: 'active', _status: 'published', contact: OTHER_CONTACT },
  })
  const member = await createUser(payload, 'member', 'Vertretung', other.id)
  staffEmails = [admin.email, editor.email, member.email]
  await payload.create({
    collection: 'articles',
    data: { title: 'Erntefest', slug: 'erntefest', _status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString(), organisations: [org.id, other.id] },
  })
  await payload.create({ collection: 'newsletter-subscribers', data: { email: SUBSCRIBER, status: 'confirmed' } })
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'EVI', contact: { address: 'Essen', ...ASSOCIATION } } })
})

/** Every GET an anonymous harvester would try: each collection and global, lists and documents, drafts, versions, deep population. */
async function anonymousAnswers(): Promise<{ path: string; status: number; body: string }[]> {
  const paths: string[] = ['/api/globals/site-settings', '/api/globals/navigation', '/api/users/me', '/api/access']
  for (const slug of Object.keys(payload.collections) as CollectionSlug[]) {
    paths.push(`/api/${slug}?limit=1000&depth=3`, `/api/${slug}?limit=1000&depth=3&draft=true`, `/api/${slug}/versions?limit=1000&depth=3`)
    const { docs } = await payload.find({ collection: slug, limit: 5, depth: 0 })
    for (const doc of docs) paths.push(`/api/${slug}/${doc.id}?depth=3`, `/api/${slug}/${doc.id}?depth=3&draft=true`)
  }
  paths.push(`/api/member-organisations?select[contact]=true&limit=1000`, `/api/member-organisations?where[slug][equals]=${slug}&depth=3`)
  const answers = []
  for (const path of paths) {
    const response = await api('GET', path)
    answers.push({ path, status: response.status, body: await response.text() })
  }
  return answers
}

describe('anonymous REST answers', () => {
  it('carry no e-mail address or phone number the pages do not show openly, in any collection or global', async () => {
    const answers = await anonymousAnswers()
    expect(answers.length).toBeGreaterThan(40)
    // The directory itself is public: the organisation is there, its contact details are not.
    const list = answers.find((a) => a.path.startsWith('/api/member-organisations?limit'))!
    expect(list.status).toBe(200)
    expect(list.body).toContain('Ernteverein Essen')

    for (const { path, body } of answers) {
      for (const secret of [...SECRETS, SUBSCRIBER, ...staffEmails]) expect(body, `${path} reveals ${secret}`).not.toContain(secret)
      const addresses = [...new Set(body.match(EMAIL) ?? [])]
      expect(addresses.filter((address) => address !== ASSOCIATION.email), `${path}: e-mail addresses`).toEqual([])
    }
    // The association's own contact is in every page's footer, so the settings may carry it.
    expect(answers.find((a) => a.path === '/api/globals/site-settings')!.body).toContain(ASSOCIATION.email)
  })

  it('cannot find out an address by filtering on it: a matching and a non-matching guess are answered alike', async () => {
    const guesses: [field: string, matching: string][] = [
      ['contact.email', 'vorstand@ernteverein'],
      ['contact.phone', '5550100'],
      ['contact.person', 'Erika'],
    ]
    for (const [field, matching] of guesses) {
      const answers = []
      for (const guess of [matching, 'zzzz-nichts']) {
        const response = await api('GET', `/api/member-organisations?where[${field}][like]=${encodeURIComponent(guess)}&depth=0`)
        const body = await response.text()
        answers.push({ status: response.status, found: response.status === 200 ? JSON.parse(body).totalDocs : null })
      }
      expect(answers[0], field).toEqual(answers[1])
    }
  })

  it('a member representative cannot collect other organisations\' contact details either, but sees their own', async () => {
    const member = staffEmails[2]
    const token = await apiToken(member, 'test-password-123')
    const body = await (await api('GET', '/api/member-organisations?limit=1000&depth=3', { token })).text()
    for (const secret of [ORG_CONTACT.person, ORG_CONTACT.email, ORG_CONTACT.phone]) expect(body).not.toContain(secret)
    expect(body).toContain(OTHER_CONTACT.email)
  })

  it('staff still see every contact detail', async () => {
    const token = await apiToken(staffEmails[1], 'test-password-123')
    const body = await (await api('GET', `/api/member-organisations/${orgId}`, { token })).text()
    for (const secret of [ORG_CONTACT.person, ORG_CONTACT.email, ORG_CONTACT.phone]) expect(body).toContain(secret)
  })

  it('the site\'s own pages still read the contact details the profile shows (the reading src/content does, as an anonymous reader)', async () => {
    const { SITE_PAGE_CONTEXT } = await import('@/access/contactDetails')
    const { docs } = await payload.find({ collection: 'member-organisations', where: { slug: { equals: slug } }, overrideAccess: false, context: SITE_PAGE_CONTEXT })
    expect(docs[0]?.contact).toMatchObject(ORG_CONTACT)
  })
})

describe('GraphQL', () => {
  it('is switched off: a query for contact details is answered 404 without data', async () => {
    const query = '{ MemberOrganisations { docs { name contact { email phone person } } } }'
    for (const method of ['POST', 'GET']) {
      const response = await api(method, method === 'POST' ? '/api/graphql' : `/api/graphql?query=${encodeURIComponent(query)}`, method === 'POST' ? { json: { query } } : {})
      expect(response.status).toBe(404)
      const body = await response.text()
      expect(body).not.toContain('Ernteverein')
      expect(body).not.toContain('@')
    }
    expect(payload.config.graphQL.disable).toBe(true)
  })
})
