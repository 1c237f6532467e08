/**
 * migo in the reader's language, in the browser against the production
 * server and a real SMTP server: the language choice of the sign-up form, the
 * mails in that language, and the "change language" page behind the link in
 * every mail (never kept by the page cache: it names the reader).
 */
import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'
import type { ParsedMail } from 'mailparser'
import pg from 'pg'

import { pathOf, sentTo, waitForMails } from './helpers'

const nthMailTo = async (email: string, count: number) => (await waitForMails((mail) => sentTo(mail, email), count))[count - 1]

function linkIn(mail: ParsedMail, path: string): string {
  const found = [...new Set(String(mail.html).match(new RegExp(`https?://[^\\s"'<>]+${path}\\?token=[A-Za-z0-9_-]{43}`, 'g')))]
  expect(found, `${path} link`).toHaveLength(1)
  return found[0]
}

async function storedLanguage(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ language: string }>('select language from subscribers where email = $1', [email])
    return rows[0].language
  } finally {
    await client.end()
  }
}

test('a reader signs up for Turkish, gets Turkish mails, and switches to Arabic through the link in the welcome mail', async ({ page }) => {
  const email = `okur-${randomBytes(4).toString('hex')}@beispiel.de`
  await page.goto('/migo')
  const form = page.locator('main form.newsletter-form')
  const language = form.getByLabel('Sprache von migo')
  // The page is German: German is preselected; every language is named in itself.
  await expect(language).toHaveValue('de')
  expect(await language.locator('option').allInnerTexts()).toEqual(['Deutsch', 'Türkçe', 'العربية', 'English', 'Русский'])
  await form.getByLabel('Ihre E-Mail-Adresse').fill(email)
  await language.selectOption({ label: 'Türkçe' })
  await form.getByRole('checkbox').check()
  await form.getByRole('button', { name: 'migo kostenlos abonnieren' }).click()
  await expect(page).toHaveURL(/\/newsletter\/danke$/)

  const request = await nthMailTo(email, 1)
  expect(request.subject).toBe('Lütfen migo aboneliğinizi onaylayın')
  expect(String(request.html)).toMatch(/<html[^>]*\slang="tr"/)
  expect(String(request.html)).toMatch(/<html[^>]*\sdir="ltr"/)
  expect(String(request.html)).toContain('<title>Lütfen migo aboneliğinizi onaylayın</title>')
  // Opening the link shows one button, in the reader's language; pressing it confirms.
  await page.goto(pathOf(linkIn(request, '/newsletter/bestaetigen')))
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr')
  await page.getByRole('button', { name: 'Aboneliği onayla' }).click()
  await expect(page).toHaveURL(/\/newsletter\/bestaetigt$/)

  const welcome = await nthMailTo(email, 2)
  expect(welcome.subject).toBe("migo'ya hoş geldiniz – aboneliğiniz onaylandı")
  const languagePage = pathOf(linkIn(welcome, '/newsletter/anmelden/sprache'))

  const shown = await page.goto(languagePage)
  expect(shown?.headers()['cache-control']).toBe('no-store')
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("migo'yu hangi dilde almak istersiniz?")
  const choice = page.getByLabel('migo dili')
  await expect(choice).toHaveValue('tr')
  await choice.selectOption('ar')
  await page.getByRole('button', { name: 'Kaydet' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تم حفظ اللغة')
  expect(await storedLanguage(email)).toBe('ar')

  // Opened again, the page shows the new choice (no copy of the old answer anywhere), in Arabic.
  await page.goto(languagePage)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByLabel('لغة migo')).toHaveValue('ar')
})
