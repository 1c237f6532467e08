/**
 * Subscribing to migo in the browser, with the site sending over SMTP to a
 * real SMTP server (tests/e2e/globalSetup.ts): the sign-up form, the double
 * opt-in mail, the confirm link, the consent record in PostgreSQL, the welcome
 * mail's one-click unsubscribe, and signing up again.
 */
import { randomBytes } from 'node:crypto'

import { expect, test, type Page } from '@playwright/test'
import type { ParsedMail } from 'mailparser'
import pg from 'pg'

import { rawHeader } from '../helpers/smtpSink'
import { pathOf, sentTo, waitForMails } from './helpers'

const CONFIRM_PATH = '/newsletter/bestaetigen'
const UNSUBSCRIBE_PATH = '/newsletter/abmelden'
const CONFIRMATION_SUBJECT = 'Bitte bestätigen Sie Ihre Anmeldung zu migo'
const WELCOME_SUBJECT = 'Willkommen bei migo – Ihre Anmeldung ist bestätigt'
/** The browser runs on this machine: the server records a loopback address. */
const LOOPBACK = /^(::1|(::ffff:)?127\.0\.0\.1)$/

/** An address of this test alone. */
const uniqueAddress = (name: string) => `${name}-${randomBytes(4).toString('hex')}@beispiel.de`

/**
 * Fills in the sign-up form on `path` as a reader does (the honeypot stays
 * empty), sends it and lands on the "check your mail" page. Returns the
 * consent wording the form showed next to the box.
 */
async function signUp(page: Page, path: string, email: string): Promise<string> {
  await page.goto(path)
  const form = page.locator('main form.newsletter-form')
  await form.getByLabel('Ihre E-Mail-Adresse').fill(email)
  await form.getByRole('checkbox').check()
  await expect(form.locator('input[name="homepage"]')).toHaveValue('')
  const wording = (await form.locator('.field--consent label').innerText()).trim()
  await form.getByRole('button', { name: 'migo kostenlos abonnieren' }).click()
  await expect(page).toHaveURL(/\/newsletter\/danke$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fast geschafft!')
  await expect(page.locator('main')).toContainText('Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail')
  return wording
}

/**
 * Opens a confirm link in the browser: a page with one button (opening alone,
 * as link scanners do, changes nothing); the button confirms and leads to the
 * German thank-you page.
 */
async function confirm(page: Page, url: string) {
  await page.goto(pathOf(url))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmeldung zu migo bestätigen')
  await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click()
  await expect(page).toHaveURL(/\/newsletter\/bestaetigt$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank – Ihre Anmeldung ist bestätigt')
}

/** The `count`-th mail to this address (1 = the first); exactly `count` must have arrived. */
const nthMailTo = async (email: string, count: number) => (await waitForMails((mail) => sentTo(mail, email), count))[count - 1]

/**
 * The one link to `path` in the mail, the same in its HTML and its text part
 * (the mail must have both: multipart/alternative).
 */
function linkIn(mail: ParsedMail, path: string): string {
  expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative')
  const pattern = new RegExp(`https?://[^\\s"'<>\\]]+${path}\\?token=[A-Za-z0-9_-]{43}`, 'g')
  const inHtml = [...new Set(String(mail.html || '').match(pattern))]
  const inText = [...new Set((mail.text ?? '').match(pattern))]
  expect(inHtml, `${path} link in the HTML part`).toHaveLength(1)
  expect(inText, `${path} link in the text part`).toEqual(inHtml)
  return inHtml[0]
}

/** Where the links of the mail's HTML part lead, as paths of the site (mails name the public origin). */
const linkTargets = (mail: ParsedMail) =>
  [...new Set([...String(mail.html).matchAll(/href="([^"]*)"/g)].map((match) => pathOf(match[1].replace(/&amp;/g, '&'))))].sort()


type SubscriberRow = {
  status: 'pending' | 'confirmed' | 'unsubscribed'
  consent_wording: string | null
  consent_source: string | null
  consent_signed_up_at: Date | null
  consent_signed_up_ip: string | null
  consent_confirmed_at: Date | null
  consent_confirmed_ip: string | null
  consent_unsubscribed_at: Date | null
}

/** The subscriber's row as stored (table `subscribers`, migrations/20261125_165911_newsletter_subscribers.ts). */
async function storedSubscriber(email: string): Promise<SubscriberRow> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<SubscriberRow>(
      `select status, consent_wording, consent_source, consent_signed_up_at, consent_signed_up_ip,
              consent_confirmed_at, consent_confirmed_ip, consent_unsubscribed_at
         from subscribers where email = $1`,
      [email],
    )
    expect(rows, `subscribers row of ${email}`).toHaveLength(1)
    return rows[0]
  } finally {
    await client.end()
  }
}

/** Checks the stored consent record of a confirmed subscriber: wording, page, and when and from where. */
async function expectConfirmed(email: string, { wording, source, since }: { wording: string; source: string; since: Date }) {
  const row = await storedSubscriber(email)
  expect(row).toMatchObject({ status: 'confirmed', consent_wording: wording, consent_source: source, consent_unsubscribed_at: null })
  expect(row.consent_signed_up_ip).toMatch(LOOPBACK)
  expect(row.consent_confirmed_ip).toMatch(LOOPBACK)
  const signedUp = row.consent_signed_up_at!.getTime()
  const confirmed = row.consent_confirmed_at!.getTime()
  expect(signedUp).toBeGreaterThanOrEqual(since.getTime())
  expect(confirmed).toBeGreaterThanOrEqual(signedUp)
  expect(confirmed).toBeLessThanOrEqual(Date.now())
}

test('double opt-in: sign up on /migo, confirm, unsubscribe in one click, sign up again from the home page', async ({ page }) => {
  const email = uniqueAddress('leserin')

  const start = new Date()
  const wording = await signUp(page, '/migo', email)
  expect(wording).toMatch(/^Ja, ich möchte migo/)
  expect((await storedSubscriber(email)).status).toBe('pending')

  const request = await nthMailTo(email, 1)
  expect(request.subject).toBe(CONFIRMATION_SUBJECT)
  const confirmUrl = linkIn(request, CONFIRM_PATH)
  // Nothing but the request itself: no advertising, so only the confirm link and the imprint footer, no pictures.
  expect(linkTargets(request)).toEqual([pathOf(confirmUrl), '/', '/impressum'].sort())
  expect(String(request.html)).not.toMatch(/<img\b/i)
  expect(rawHeader(request, 'List-Unsubscribe')).toBeUndefined()

  await confirm(page, confirmUrl)
  await expectConfirmed(email, { wording, source: '/migo', since: start })

  const welcome = await nthMailTo(email, 2)
  expect(welcome.subject).toBe(WELCOME_SUBJECT)
  const unsubscribeUrl = linkIn(welcome, UNSUBSCRIBE_PATH)
  expect(rawHeader(welcome, 'List-Unsubscribe')).toBe(`<${unsubscribeUrl}>`)
  expect(rawHeader(welcome, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')

  await page.goto(pathOf(unsubscribeUrl))
  expect((await storedSubscriber(email)).status).toBe('confirmed')
  await page.getByRole('button', { name: 'Jetzt abmelden' }).click()
  await expect(page).toHaveURL(/\/newsletter\/abgemeldet$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind abgemeldet')
  const gone = await storedSubscriber(email)
  expect(gone.status).toBe('unsubscribed')
  expect(gone.consent_unsubscribed_at).not.toBeNull()

  const again = new Date()
  await signUp(page, '/', email)
  const secondRequest = await nthMailTo(email, 3)
  expect(secondRequest.subject).toBe(CONFIRMATION_SUBJECT)
  const secondConfirmUrl = linkIn(secondRequest, CONFIRM_PATH)
  expect(secondConfirmUrl).not.toBe(confirmUrl)
  await confirm(page, secondConfirmUrl)
  await expectConfirmed(email, { wording, source: '/', since: again })
  expect((await nthMailTo(email, 4)).subject).toBe(WELCOME_SUBJECT)
})

test('the answer to a sign-up is the same whether the address is new or already subscribed', async ({ page }) => {
  const email = uniqueAddress('bekannt')
  const main = page.locator('main')

  await signUp(page, '/migo', email)
  const answerToNew = await main.innerText()
  await confirm(page, linkIn(await nthMailTo(email, 1), CONFIRM_PATH))
  expect((await nthMailTo(email, 2)).subject).toBe(WELCOME_SUBJECT)

  await signUp(page, '/migo', email)
  expect(await main.innerText()).toBe(answerToNew)
  // Only the mail differs, and only its owner reads it: a note instead of a new link.
  const note = await nthMailTo(email, 3)
  expect(note.subject).toBe('Sie erhalten migo bereits')
  expect(String(note.html)).not.toContain(CONFIRM_PATH)
})
