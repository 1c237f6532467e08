import type { Payload } from 'payload'

import { queueSend, wakeNewsletterWorker } from './worker'

export type StartAnswer = { ok: true; message: string } | { ok: false; status: 400 | 404 | 409; message: string }

/**
 * The editor's "send now": only a published issue without unpublished changes
 * (the mail must show what the web archive shows), and only once. From here on
 * the issue's content is locked (see the collection's access) and the job
 * does the rest. Two clicks racing could queue two jobs; the send lock and the
 * unique delivery records make the second one a no-op.
 */
export async function startSending(payload: Payload, issueId: number): Promise<StartAnswer> {
  const [published, latest] = await Promise.all([
    payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true, disableErrors: true }),
    payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true, disableErrors: true, draft: true }),
  ])
  if (!published) return { ok: false, status: 404, message: 'Diese migo-Ausgabe gibt es nicht.' }
  if (published.sendStatus !== 'draft') {
    return { ok: false, status: 409, message: 'Diese Ausgabe wird bereits versendet oder wurde schon versendet.' }
  }
  if (published._status !== 'published') {
    return { ok: false, status: 400, message: 'Bitte veröffentlichen Sie die Ausgabe, bevor Sie sie versenden.' }
  }
  if (latest?._status === 'draft') {
    return { ok: false, status: 400, message: 'Die Ausgabe hat unveröffentlichte Änderungen. Bitte veröffentlichen Sie sie zuerst.' }
  }
  await payload.update({ collection: 'newsletter-issues', id: issueId, data: { sendStatus: 'sending' }, overrideAccess: true, depth: 0 })
  await queueSend(payload, issueId)
  wakeNewsletterWorker()
  return { ok: true, message: 'Der Versand hat begonnen.' }
}
