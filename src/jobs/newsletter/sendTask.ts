import type { TaskConfig } from 'payload'

import { sendIssue } from './sendIssue'
import { SEND_TASK } from './settings'
import { workerStopSignal } from './worker'

/**
 * The jobs-queue task that sends one migo issue. A send that stops half-way
 * (crash, restart, shutdown) is picked up again by the worker
 * (resumeInterruptedSends) and continues from its delivery records.
 */
export const sendNewsletterIssueTask: TaskConfig<typeof SEND_TASK> = {
  slug: SEND_TASK,
  label: 'migo-Ausgabe versenden',
  inputSchema: [{ name: 'issue', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // Failures of single addresses are recorded per delivery; a thrown error means the SMTP server, the database
  // or the set-up failed: tried again after 30 s, 1 and 2 minutes, then every minute by the worker's resume.
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const outcome = await sendIssue(req.payload, input.issue, { signal: workerStopSignal() })
    return { output: { outcome: outcome.status } }
  },
}
