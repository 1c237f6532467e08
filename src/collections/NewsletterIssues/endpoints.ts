/**
 * The admin's actions on a migo issue (staff only), used by the send panel
 * (src/components/admin/NewsletterSendPanel.tsx):
 * - GET  /api/newsletter-issues/:id/email-preview  the latest draft as the mail (HTML); ?sprache=tr as Turkish readers get it
 * - POST /api/newsletter-issues/:id/test-send      the latest draft to the editor's own address
 * - POST /api/newsletter-issues/:id/send           start sending to every confirmed subscriber
 * - GET  /api/newsletter-issues/:id/delivery       progress of the send
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { DEFAULT_MAIL_LANGUAGE, mailLanguageOf, type MailLanguage } from '@/email/i18n'
import { deliveryProgress, poolOf } from '@/jobs/newsletter/deliveries'
import { loadIssueForMail, prepareIssueMail } from '@/jobs/newsletter/issueMail'
import { startSending } from '@/jobs/newsletter/startSending'

/** Stands in for a reader's token in previews and test mails: the link leads to the "link no longer valid" page. */
const PREVIEW_TOKEN = 'vorschau'

type Handler = (req: PayloadRequest, issueId: number) => Promise<Response>

/** What the editor reads when an action fails (the mail server refused, the database is away); the details go to the log. */
const failureMessage: Record<string, string> = {
  'test-send': 'Die Testmail konnte nicht gesendet werden. Bitte später noch einmal versuchen.',
  send: 'Der Versand konnte nicht gestartet werden. Bitte später noch einmal versuchen.',
}

/** Staff only, and a numeric id; German answers for everything else. */
const staffAction =
  (path: string, method: Endpoint['method'], handler: Handler): Endpoint => ({
    path: `/:id/${path}`,
    method,
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor')) {
        return Response.json({ message: 'Nur die Redaktion darf migo-Ausgaben versenden.' }, { status: 403 })
      }
      const id = Number(req.routeParams?.id)
      if (!Number.isInteger(id) || id < 1) return Response.json({ message: 'Unbekannte Ausgabe.' }, { status: 404 })
      try {
        const exists = await req.payload.count({ collection: 'newsletter-issues', where: { id: { equals: id } }, overrideAccess: true })
        if (!exists.totalDocs) return Response.json({ message: 'Diese migo-Ausgabe gibt es nicht.' }, { status: 404 })
        return await handler(req, id)
      } catch (error) {
        req.payload.logger.error({ err: error, issue: id, action: path }, 'migo: admin action failed')
        return Response.json({ message: failureMessage[path] ?? 'Das hat nicht geklappt. Bitte später noch einmal versuchen.' }, { status: 502 })
      }
    },
  })

/** The latest draft as the readers of a language get it (German unless asked: the test mail is German). */
const draftMail = async (req: PayloadRequest, id: number, language: MailLanguage = DEFAULT_MAIL_LANGUAGE) =>
  prepareIssueMail(req.payload, await loadIssueForMail(req.payload, id, { draft: true }), { test: true, draft: true }).forLanguage(language)

export const newsletterIssueEndpoints: Endpoint[] = [
  staffAction('email-preview', 'get', async (req, id) => {
    const mail = await draftMail(req, id, mailLanguageOf(req.searchParams.get('sprache')))
    return new Response(mail.forReader(PREVIEW_TOKEN).html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // Shown in the admin's origin: the mail may show images and styles, never run anything.
        'content-security-policy': "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; sandbox",
      },
    })
  }),
  staffAction('test-send', 'post', async (req, id) => {
    const to = req.user!.email
    const mail = await draftMail(req, id)
    const { html, text } = mail.forReader(PREVIEW_TOKEN)
    await req.payload.sendEmail({ to, subject: mail.subject, html, text })
    return Response.json({ message: `Die Testmail ist an ${to} unterwegs.` })
  }),
  staffAction('send', 'post', async (req, id) => {
    const answer = await startSending(req.payload, id)
    return Response.json({ message: answer.message }, { status: answer.ok ? 202 : answer.status })
  }),
  staffAction('delivery', 'get', async (req, id) => {
    const [issue, progress, subscribers] = await Promise.all([
      req.payload.findByID({ collection: 'newsletter-issues', id, depth: 0, overrideAccess: true, select: { sendStatus: true, sentAt: true } }),
      deliveryProgress(poolOf(req.payload), id),
      // Only the number, for "send to N readers?": editors do not see the addresses.
      req.payload.count({ collection: 'newsletter-subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true }),
    ])
    return Response.json(
      { sendStatus: issue.sendStatus, sentAt: issue.sentAt ?? null, confirmedSubscribers: subscribers.totalDocs, ...progress },
      { headers: { 'cache-control': 'no-store' } },
    )
  }),
]
