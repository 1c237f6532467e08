/**
 * Queues the scheduled publishing of a document exactly as the admin's
 * "Veröffentlichung planen" does (its server function calls
 * payload.jobs.queue), from a process of its own, then exits: what happens
 * next is up to the running server's cron.
 * Usage: node scripts/run-script.mjs tests/helpers/queueScheduledPublish.ts <collection> <id> <ISO time>
 */
import 'dotenv/config'

import { closePayload, loadPayload } from '../../scripts/lib/preparePayload'
import { runMain } from '../../scripts/lib/runMain'

runMain('queue scheduled publishing', async () => {
  const [collection, id, at] = process.argv.slice(2)
  const payload = await loadPayload()
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: collection as 'articles', value: Number(id) } },
    waitUntil: new Date(at),
  })
  await closePayload(payload)
})
