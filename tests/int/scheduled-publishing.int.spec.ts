/**
 * Scheduled publishing: the admin queues a `schedulePublish` job; the jobs
 * runner (the server's cron, here called directly) publishes the draft at its
 * time, and anonymous readers see it from then on.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const anonymousSees = async (id: number) =>
  (await payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

it('a scheduled draft is published at its time, with nobody logged in', async () => {
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: 'Geplanter Beitrag', slug: 'geplanter-beitrag', _status: 'draft' },
  })
  expect(await anonymousSees(draft.id)).toBe(false)

  const at = new Date(Date.now() + 1500)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
    waitUntil: at,
  })

  // Before its time the runner leaves it alone.
  await payload.jobs.run({ queue: 'default' })
  expect(await anonymousSees(draft.id)).toBe(false)

  await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
  await payload.jobs.run({ queue: 'default' })
  expect(await anonymousSees(draft.id)).toBe(true)
  const published = await payload.findByID({ collection: 'articles', id: draft.id })
  expect(published._status).toBe('published')
  expect(published.publishedAt).toBeTruthy()
})
