/**
 * What the running site hands out through /api to callers it should not
 * serve, asked as an attacker would, over HTTP against the production server
 * (so Next's routing is part of it): GraphQL is off, the directory's JSON
 * carries no contact e-mail address, a member representative cannot run the
 * job queues, and the rate limits' counters are no API at all.
 */
import { expect, test } from '@playwright/test'

import { apiLogin } from './helpers'

const member = () => ({ email: process.env.E2E_MEMBER_EMAIL!, password: process.env.E2E_MEMBER_PASSWORD! })
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/

test('GraphQL is switched off: queries for the directory\'s contacts get a 404 and no data', async ({ request }) => {
  const query = '{ MemberOrganisations(limit: 100) { docs { name contact { email phone person } } } }'
  const post = await request.post('/api/graphql', { data: { query } })
  expect(post.status()).toBe(404)
  expect(await post.text()).not.toMatch(EMAIL)
  const get = await request.get(`/api/graphql?query=${encodeURIComponent(query)}`)
  expect(get.status()).toBe(404)
  expect((await request.get('/api/graphql-playground')).status()).toBe(404)
})

test('the directory\'s JSON gives anonymous callers the organisations but none of their contact details', async ({ request }) => {
  const response = await request.get('/api/member-organisations?limit=1000&depth=2')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.docs.length).toBeGreaterThan(50)
  expect(JSON.stringify(body)).not.toMatch(EMAIL)
  for (const doc of body.docs) expect(doc.contact?.email ?? doc.contact?.phone ?? doc.contact?.person).toBeUndefined()
})

test('a member representative cannot run the job queues; nobody reaches the rate-limit counters', async ({ request }) => {
  const { token } = await apiLogin(request, member())
  const headers = { Authorization: `JWT ${token}` }
  expect([401, 403]).toContain((await request.get('/api/payload-jobs/run', { headers })).status())
  expect([401, 403]).toContain((await request.get('/api/payload-jobs/run')).status())
  for (const path of ['/api/rate-limit-hits', '/api/rate-limit-counters']) {
    expect((await request.get(path, { headers })).status()).toBe(404)
    expect((await request.get(path)).status()).toBe(404)
  }
})
