/**
 * The jobs queue (scheduled publishing, sending migo) is staff business:
 * running, queueing and cancelling jobs and reading the `payload-jobs`
 * collection are refused to anonymous callers and member representatives,
 * through the REST API and the Local API alike.
 */
import { createLocalReq, Forbidden, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { api, apiToken } from '../helpers/rest'
import { createUser } from '../helpers/users'

type Role = 'anonymous' | 'member' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'member', 'editor', 'admin']
const STAFF = new Set<Role>(['editor', 'admin'])

let payload: Payload
const users: Partial<Record<Role, User>> = {}
const tokens: Partial<Record<Role, string>> = {}

beforeAll(async () => {
  payload = await testPayload()
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  const own = await payload.create({ collection: 'member-organisations', data: { name: 'Jobverein', slug: 'jobverein', status: 'active', _status: 'published' } })
  users.member = await createUser(payload, 'member', 'Vertretung', own.id)
  for (const role of ['admin', 'editor', 'member'] as const) tokens[role] = await apiToken(users[role]!.email, 'test-password-123')
})

const queued = () =>
  payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: 999_999 } }, waitUntil: new Date(Date.now() + 86_400_000) })
const asRole = async (role: Role) => ({
  overrideAccess: false,
  req: await createLocalReq({ user: role === 'anonymous' ? undefined : ({ ...users[role]!, collection: 'users' } as never) }, payload),
})

describe('through the REST API', () => {
  for (const role of ROLES) {
    const allowed = STAFF.has(role)
    it(`${role}: running the queues (GET /api/payload-jobs/run) → ${allowed ? 'erlaubt' : 'verweigert'}`, async () => {
      const response = await api('GET', '/api/payload-jobs/run?queue=nothing-queued-here', { token: tokens[role] })
      if (allowed) expect(response.status).toBe(200)
      else expect([401, 403]).toContain(response.status)
    })

    it(`${role}: handling the schedules (GET /api/payload-jobs/handle-schedules) → ${allowed ? 'erlaubt' : 'verweigert'}`, async () => {
      const response = await api('GET', '/api/payload-jobs/handle-schedules?queue=nothing-queued-here', { token: tokens[role] })
      // Allowed callers learn that no schedules are defined (500 is Payload's answer to that); the others are refused.
      if (allowed) expect([200, 500]).toContain(response.status)
      else expect([401, 403]).toContain(response.status)
    })

    it(`${role}: reading the jobs (GET /api/payload-jobs) → ${allowed ? 'erlaubt' : 'verweigert'}`, async () => {
      const job = await queued()
      const response = await api('GET', '/api/payload-jobs?limit=100', { token: tokens[role] })
      if (allowed) {
        expect(response.status).toBe(200)
        expect(((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toContain(job.id)
      } else {
        expect(response.status).toBe(403)
        expect(JSON.stringify(await response.json())).not.toContain('schedulePublish')
      }
    })

    it(`${role}: queueing a job (POST /api/payload-jobs) → verweigert`, async () => {
      const before = (await payload.count({ collection: 'payload-jobs' })).totalDocs
      const response = await api('POST', '/api/payload-jobs', { token: tokens[role], json: { taskSlug: 'schedulePublish', input: {} } })
      expect(response.status).toBe(403)
      expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(before)
    })
  }
})

describe('through the Local API with access control on', () => {
  for (const role of ROLES) {
    const allowed = STAFF.has(role)
    it(`${role}: queue, run and cancel → ${allowed ? 'erlaubt' : 'verweigert'}`, async () => {
      const queue = payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: 999_998 } }, waitUntil: new Date(Date.now() + 86_400_000), ...(await asRole(role)) } as never)
      if (allowed) await expect(queue).resolves.toHaveProperty('id')
      else await expect(queue).rejects.toBeInstanceOf(Forbidden)

      const run = payload.jobs.run({ queue: 'nothing-queued-here', ...(await asRole(role)) } as never)
      if (allowed) await expect(run).resolves.toBeDefined()
      else await expect(run).rejects.toBeInstanceOf(Forbidden)

      const job = await queued()
      const cancel = payload.jobs.cancelByID({ id: job.id, ...(await asRole(role)) } as never)
      if (allowed) await expect(cancel).resolves.toBeUndefined()
      else await expect(cancel).rejects.toBeInstanceOf(Forbidden)
      const stored = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(Boolean(stored.hasError), 'cancelled').toBe(allowed)
    })
  }
})
