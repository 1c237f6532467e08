/**
 * Scheduled publishing through the real cron: an editor schedules a draft
 * for a few seconds ahead and logs off; the production server's own cron
 * (Payload started with cron by src/instrumentation.ts, running every
 * minute) publishes it at the next full minute, and an anonymous reader then
 * finds the article and sees it in the (cached) news list. At most about 70 s.
 */
import { expect, test } from '@playwright/test'

import { runProjectScriptWithArgs } from '../helpers/runScript'
import { admin, apiLogin } from './helpers'

test('a scheduled draft goes online at its time, published by the server\'s cron with nobody logged in', async ({ request, playwright }) => {
  test.setTimeout(150_000)
  const { token } = await apiLogin(request, admin())
  const title = `Geplant für gleich ${Date.now()}`
  const created = await request.post('/api/articles?draft=true', {
    headers: { authorization: `JWT ${token}` },
    data: { title, _status: 'draft', teaser: 'Erscheint von selbst.' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  runProjectScriptWithArgs('tests/helpers/queueScheduledPublish.ts', ['articles', String(doc.id), new Date(Date.now() + 3000).toISOString()], {
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
  })
  await request.post('/api/users/logout', { headers: { authorization: `JWT ${token}` } })

  // A reader with no cookies at all.
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const articleUrl = `/aktuelles/nachrichten/${doc.slug}`
  expect((await reader.get(articleUrl)).status()).toBe(404)
  await reader.get('/aktuelles')
  expect(await (await reader.get('/aktuelles')).text()).not.toContain(title)

  await expect.poll(async () => (await reader.get(articleUrl)).status(), { timeout: 75_000, intervals: [1000] }).toBe(200)
  expect(await (await reader.get(articleUrl)).text()).toContain(title)
  expect(await (await reader.get('/aktuelles')).text()).toContain(title)
  await reader.dispose()
})
