/**
 * The member directory: search, each filter and their combination (with and
 * without script), A–Z, a profile, and the application form through to an
 * admin's approval.
 */
import { type APIRequestContext, expect, test, type Page } from '@playwright/test'

import { admin, adminLogin, sentTo, staffHeaders, waitForMails } from './helpers'

const cards = (page: Page) => page.locator('.org-card')
/** Cards per page of the directory. */
const PER_PAGE = 40
const resultCount = (page: Page) => page.locator('.result-count')

/** Picks an option of a filter select by the start of its label ("Türkei (5)"); returns the count it announced. */
async function choose(page: Page, label: string, optionStart: string): Promise<number> {
  const select = page.getByLabel(label, { exact: true })
  const option = select.locator('option', { hasText: optionStart }).first()
  const text = (await option.textContent()) ?? ''
  const count = Number(/\((\d+)\)$/.exec(text)?.[1])
  expect(count, `count in "${text}"`).toBeGreaterThan(0)
  await select.selectOption({ label: text })
  return count
}

/** Waits for the list the URL asks for (the form submits itself when a select changes). */
async function expectResults(page: Page, url: RegExp, count: number) {
  await expect(page).toHaveURL(url)
  await expect(resultCount(page)).toHaveText(new RegExp(`^${count} Vereine? gefunden$`))
  await expect(cards(page)).toHaveCount(Math.min(count, PER_PAGE))
}

test('lists every active organisation, A–Z, with the figures', async ({ page }) => {
  const response = await page.goto('/mitgliedsvereine')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitgliedsvereine')
  await expect(resultCount(page)).toHaveText('70 Vereine')
  const names = await page.locator('.org-card__name').allInnerTexts()
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')))
})

test('pages through the directory, filters kept', async ({ page }) => {
  await page.goto('/mitgliedsvereine')
  const first = await page.locator('.org-card__name').allInnerTexts()
  expect(first).toHaveLength(PER_PAGE)
  await page.getByRole('navigation', { name: 'Seitennavigation' }).getByRole('link', { name: 'Weiter' }).click()
  await expect(page).toHaveURL(/\?seite=2$/)
  const second = await page.locator('.org-card__name').allInnerTexts()
  expect(second).toHaveLength(70 - PER_PAGE)
  expect(second.filter((name) => first.includes(name))).toEqual([])
})

test('search by name and description', async ({ page }) => {
  await page.goto('/mitgliedsvereine')
  await page.getByLabel('Name oder Stichwort').fill('Sportverein')
  await page.getByRole('button', { name: 'Anzeigen' }).click()
  await expect(page).toHaveURL(/\?q=Sportverein$/)
  const names = await page.locator('.org-card__name').allInnerTexts()
  expect(names.length).toBeGreaterThan(0)
  for (const name of names) expect(name).toMatch(/Sportverein/)
})

/** Names of the public organisations that speak `language`, as the API tells an anonymous reader (independent of the page's own filtering). */
async function speakers(request: APIRequestContext, language: string): Promise<string[]> {
  const response = await request.get(`/api/member-organisations?where[languages][in]=${language}&limit=1000&depth=0&select[name]=true`)
  expect(response.status()).toBe(200)
  return ((await response.json()).docs as { name: string }[]).map((doc) => doc.name).sort((a, b) => a.localeCompare(b, 'de'))
}

test('the language filter lists exactly the organisations that speak the language', async ({ page, request }) => {
  const expected = await speakers(request, 'ar')
  expect(expected.length).toBeGreaterThan(0)
  expect(expected.length).toBeLessThanOrEqual(PER_PAGE)
  await page.goto('/mitgliedsvereine')
  const count = await choose(page, 'Sprache', 'Arabisch')
  await expectResults(page, /sprache=ar/, count)
  expect(count).toBe(expected.length)
  expect(await page.locator('.org-card__name').allInnerTexts()).toEqual(expected)
})

test('each filter narrows the list to what its count announced', async ({ page }) => {
  for (const [label, option, param, check] of [
    ['Herkunftsland', 'Türkei', /land=TR/, (text: string) => expect(text).toContain('Türkei')],
    ['Tätigkeitsfeld', 'Sport', /feld=sport/, (text: string) => expect(text).toContain('Sport')],
    ['Stadtteil', 'Katernberg', /stadtteil=katernberg/, (text: string) => expect(text).toContain('Katernberg')],
    ['Sprache', 'Arabisch', /sprache=ar/, null],
  ] as const) {
    await page.goto('/mitgliedsvereine')
    const count = await choose(page, label, option)
    await expectResults(page, param, count)
    if (check) for (const text of await cards(page).allInnerTexts()) check(text)
  }
})

test('filters combine, and the combined URL can be shared', async ({ page }) => {
  await page.goto('/mitgliedsvereine')
  await choose(page, 'Tätigkeitsfeld', 'Jugend')
  await expect(page).toHaveURL(/feld=jugend/)
  // The country options now count only youth organisations.
  const count = await choose(page, 'Herkunftsland', 'Türkei')
  await expectResults(page, /feld=jugend.*land=TR|land=TR.*feld=jugend/, count)
  for (const text of await cards(page).allInnerTexts()) {
    expect(text).toContain('Türkei')
    expect(text).toContain('Jugend')
  }
  const shared = page.url()
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect(cards(other)).toHaveCount(count)
  await other.close()
})

test('A–Z shows the organisations of one letter', async ({ page }) => {
  await page.goto('/mitgliedsvereine')
  await page.getByRole('navigation', { name: 'Vereine nach Anfangsbuchstabe' }).getByRole('link', { name: 'Buchstabe T' }).click()
  await expect(page).toHaveURL(/buchstabe=T/)
  const names = await page.locator('.org-card__name').allInnerTexts()
  expect(names.length).toBeGreaterThan(0)
  for (const name of names) expect(name.startsWith('T')).toBe(true)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter form still works with its button', async ({ page }) => {
    await page.goto('/mitgliedsvereine')
    const count = await choose(page, 'Tätigkeitsfeld', 'Kultur')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expectResults(page, /feld=kultur/, count)
  })
})

test('a profile shows the organisation, its e-mail only to people, and its news', async ({ page, request }) => {
  await page.goto('/mitgliedsvereine?buchstabe=A')
  const link = page.locator('.org-card__name a').first()
  const name = await link.innerText()
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByText('Vereins-Steckbrief')).toBeVisible()
  for (const label of ['Herkunft', 'Tätigkeitsfelder', 'Stadtteil', 'Anschrift', 'Ansprechperson', 'Sprachen', 'Gegründet', 'Mitglied im Verbund seit']) {
    await expect(page.locator('dt', { hasText: label }).first()).toBeVisible()
  }
  // With script the address becomes a working mailto link …
  const mail = page.locator('.profile__facts a[href^="mailto:"]')
  await expect(mail).toHaveCount(1)
  const address = (await mail.getAttribute('href'))!.slice('mailto:'.length)
  expect(address).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
  // … but the page as delivered never contains it in plain text.
  const html = await (await request.get(new URL(page.url()).pathname)).text()
  expect(html).not.toContain(address)
  expect(html).toContain(address.replace('@', ' (at) ').replace(/\./g, ' (punkt) '))
})

test('an inactive or pending organisation has no public profile', async ({ request }) => {
  const headers = await staffHeaders(request, admin())
  const response = await request.get('/api/member-organisations?where[status][not_equals]=active&limit=10&depth=0', { headers })
  const hidden = (await response.json()).docs as { slug: string }[]
  expect(hidden.length).toBeGreaterThan(0)
  for (const { slug } of hidden) expect((await request.get(`/mitgliedsvereine/${slug}`)).status()).toBe(404)
})

test.describe('Verein eintragen', () => {
  test('mistakes are shown next to their fields, in German, and nothing is stored', async ({ page, request }) => {
    await page.goto('/mitgliedsvereine/eintragen')
    await page.getByLabel('Name des Vereins').fill('Unvollständiger Verein')
    await page.getByLabel('E-Mail').fill('keine-adresse')
    await page.locator('#antrag-consent').check()
    await page.getByRole('button', { name: 'Verein anmelden' }).click()
    await expect(page.locator('.error-summary')).toContainText('Bitte prüfen Sie die markierten Angaben.')
    await expect(page.locator('.error-summary')).toBeFocused()
    await expect(page.locator('#email-fehler')).toHaveText('Bitte eine gültige E-Mail-Adresse angeben.')
    await expect(page.getByLabel('E-Mail')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#person-fehler')).toBeVisible()
    // What was typed is still there.
    await expect(page.getByLabel('Name des Vereins')).toHaveValue('Unvollständiger Verein')
    const headers = await staffHeaders(request, admin())
    const stored = await request.get('/api/member-organisations?where[name][equals]=Unvollständiger Verein', { headers })
    expect((await stored.json()).totalDocs).toBe(0)
  })

  test('without script a bad form gets a 400 page in German', async ({ request }) => {
    const response = await request.post('/mitgliedsvereine/eintragen/absenden', { form: { name: '', email: 'x' } })
    expect(response.status()).toBe(400)
    const html = await response.text()
    expect(html).toContain('Bitte prüfen Sie die markierten Angaben.')
    expect(html).toContain('Bitte den Namen des Vereins angeben.')
    expect(html).not.toMatch(/at .*\.js:\d+/)
  })

  test('a filled-in honeypot is thanked and stores nothing', async ({ request }) => {
    const response = await request.post('/mitgliedsvereine/eintragen/absenden', {
      form: { name: 'Spam GmbH', person: 'Bot', email: 'bot@spam.example', shortDescription: 'Kaufen!', consent: 'ja', homepage: 'https://spam.example' },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(303)
    const headers = await staffHeaders(request, admin())
    expect((await (await request.get('/api/member-organisations?where[name][equals]=Spam GmbH', { headers })).json()).totalDocs).toBe(0)
  })

  test('an application waits unpublished, the admins are told, and an admin approves it', async ({ page }) => {
    const name = `Syrischer Frauenverein ${Date.now().toString(36)}`
    await page.goto('/mitgliedsvereine/eintragen')
    await page.getByLabel('Name des Vereins').fill(name)
    await page.getByLabel('Kurzbeschreibung').fill('Sprachcafé und Beratung für Frauen aus Syrien.')
    await page.getByLabel('Herkunftsländer').selectOption('SY')
    await page.getByRole('checkbox', { name: 'Soziales' }).check()
    await page.getByLabel('Stadtteil').selectOption({ label: 'Katernberg' })
    await page.getByLabel('Ansprechperson').fill('Rana Haddad')
    await page.getByLabel('E-Mail').fill('kontakt@frauenverein.example')
    await page.locator('#antrag-consent').check()
    await page.getByRole('button', { name: 'Verein anmelden' }).click()
    await expect(page).toHaveURL(/\/mitgliedsvereine\/eintragen\/danke$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank für Ihre Anmeldung')

    // Not public yet.
    await page.goto(`/mitgliedsvereine?q=${encodeURIComponent(name)}`)
    await expect(resultCount(page)).toHaveText('Keine Vereine gefunden')

    // The admins got an e-mail with a link to the entry.
    const [mail] = await waitForMails((m) => sentTo(m, admin().email) && m.subject === `Neuer Aufnahmeantrag: „${name}“`, 1)
    expect(mail.text).toContain('Rana Haddad')
    const id = /member-organisations\/(\d+)/.exec(mail.text ?? '')?.[1]
    expect(id).toBeTruthy()

    // An admin reviews it in the admin, sets it active and publishes.
    await adminLogin(page, admin())
    await page.goto(`/admin/collections/member-organisations/${id}`)
    await expect(page.locator('#field-name')).toHaveValue(name)
    // The form arrives drawn by the server: a click before React has taken it over opens no list (the
    // field's value is there already, so waiting for it is not enough). Click until the list opens.
    const active = page.getByRole('option', { name: 'Aktives Mitglied' })
    await expect(async () => {
      if (!(await active.isVisible())) await page.locator('#field-status').click()
      await expect(active).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 15_000 })
    await active.click()
    await page.getByRole('button', { name: /Änderungen veröffentlichen|Veröffentlichen/ }).click()
    await expect(page.getByText(/erfolgreich/i).first()).toBeVisible()

    // Now it is in the directory, with its profile.
    await page.goto(`/mitgliedsvereine?q=${encodeURIComponent(name)}`)
    await expect(cards(page)).toHaveCount(1)
    await cards(page).getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(page.locator('dd', { hasText: 'Syrien' })).toBeVisible()
  })
})
