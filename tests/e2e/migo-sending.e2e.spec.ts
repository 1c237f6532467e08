/**
 * Sending migo from the admin, in the browser: an editor previews the issue as
 * a mail, sends a test to themselves, sends it to every confirmed reader and
 * follows the progress bar; the issue is locked afterwards. The site sends over
 * SMTP to the test SMTP server (tests/e2e/globalSetup.ts), with the migo worker
 * running inside the server. Its screenshots (the mail on a phone, the send
 * panel, the locked issue) go to the test's output folder; docs/screenshots
 * holds copies.
 */
import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'
import pg from 'pg'

import { adminLogin, editor, sentTo, staffHeaders, waitForMails } from './helpers'

const READERS = 25

test('an editor previews, tests and sends a migo issue and follows the progress', async ({ page, request }) => {
  const headers = await staffHeaders(request, editor())
  const tag = randomBytes(3).toString('hex')
  const db = new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 1 })
  const readers = Array.from({ length: READERS }, (_, n) => `versand-${tag}-${n}@beispiel.de`)
  try {
    await db.query(`INSERT INTO subscribers (email, status, consent_confirmed_at) SELECT unnest($1::text[]), 'confirmed', now()`, [readers])
    // A public article (this request context is logged in as staff and would see drafts of other tests too).
    const now = encodeURIComponent(new Date().toISOString())
    const publicArticles = `/api/articles?limit=1&depth=0&sort=-publishedAt&where[_status][equals]=published&where[publishedAt][less_than_equal]=${now}`
    const article = (await (await request.get(publicArticles)).json()).docs[0] as { id: number; title: string }
    const created = await request.post('/api/newsletter-issues', {
      headers,
      data: {
        _status: 'published',
        issueNumber: 900 + Math.floor(Math.random() * 90_000),
        month: '2026-12-01T12:00:00.000Z',
        title: `Dezember ${tag}`,
        slug: `dezember-${tag}`,
        sections: [{ topic: 'aus-den-vereinen', items: [{ article: article.id }, { headline: 'Termine im Advent', text: 'Alle Termine im Überblick.' }] }],
      },
    })
    expect(created.status()).toBe(201)
    const issue = (await created.json()).doc as { id: number; issueNumber: number; title: string }
    const subject = `migo Nr. ${issue.issueNumber} – ${issue.title}`

    await adminLogin(page, editor())
    await page.goto(`/admin/collections/newsletter-issues/${issue.id}`)
    const panel = page.locator('div', { has: page.getByRole('heading', { name: 'Versand', level: 3 }) }).last()

    const [preview] = await Promise.all([page.waitForEvent('popup'), panel.getByRole('link', { name: 'Vorschau als E-Mail' }).click()])
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(issue.title)
    await expect(preview.getByText(article.title).first()).toBeVisible()
    await preview.setViewportSize({ width: 390, height: 844 })
    await preview.screenshot({ path: test.info().outputPath('migo-mail-smartphone.png'), fullPage: true })
    await preview.close()

    await panel.getByRole('button', { name: 'Testmail an mich senden' }).click()
    await expect(panel.getByRole('status')).toHaveText(`Die Testmail ist an ${editor().email} unterwegs.`)
    const [testMail] = await waitForMails((mail) => mail.subject === `[Test] ${subject}`, 1)
    expect(sentTo(testMail, editor().email)).toBe(true)

    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM subscribers WHERE status = 'confirmed'`)
    const confirmed = rows[0].n
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain(`an ${confirmed} Abonnent:innen`)
      void dialog.accept()
    })
    await panel.getByRole('button', { name: 'Jetzt an alle versenden' }).click()
    await expect(panel.getByText(`Versendet: ${confirmed} von ${confirmed} zugestellt`)).toBeVisible({ timeout: 30_000 })
    await expect(panel.locator('progress')).toHaveAttribute('value', String(confirmed))
    await panel.screenshot({ path: test.info().outputPath('admin-migo-versand.png') })

    const mails = await waitForMails((mail) => mail.subject === subject, confirmed)
    for (const reader of readers) expect(mails.filter((mail) => sentTo(mail, reader))).toHaveLength(1)

    // Sent: the form is read-only now, and the API refuses changes.
    await expect(page.getByRole('button', { name: 'Jetzt an alle versenden' })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('admin-migo-ausgabe-versendet.png') })
    const change = await request.patch(`/api/newsletter-issues/${issue.id}`, { headers, data: { title: 'Nachträglich geändert' } })
    expect(change.status()).toBe(403)
  } finally {
    await db.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE email = ANY($1)`, [readers])
    await db.end()
  }
})
