/**
 * The public side of Termine, Projekte, Dokumente and Kontakt as readers meet
 * it: an event an editor creates takes three registrations through its page
 * (the third on the waiting list, every registrant mailed through the SMTP
 * sink), its calendar file and the feed parse with ical.js at Essen's times
 * on both sides of the change to summer time; a project with a funder and an
 * attachment on /projekte and /dokumente; the contact form reaching the admin
 * and the staff mail; the header's sub-menu by keyboard; the sitemap and the
 * pages' descriptions; phone screenshots.
 */
import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import ICAL from 'ical.js'

import { demoPdf } from '../../src/seed/pdf'
import { admin, editor, sentTo, sitemapPaths, staffHeaders, waitForMails } from './helpers'

const run = randomBytes(3).toString('hex')

type Headers = Record<string, string>

/** 10:00–12:00 in Essen on a day of 2027: summer time begins on 28 March 2027. */
const WINTER = { startsAt: '2027-03-27T09:00:00.000Z', endsAt: '2027-03-27T11:00:00.000Z' }
const SUMMER = { startsAt: '2027-03-29T08:00:00.000Z', endsAt: '2027-03-29T10:00:00.000Z' }

async function createEvent(request: APIRequestContext, headers: Headers, data: Record<string, unknown>): Promise<{ id: number; slug: string }> {
  const response = await request.post('/api/events', {
    headers,
    data: { status: 'planned', category: 'workshop', _status: 'published', registration: { mode: 'none' }, ...data },
  })
  expect(response.status(), JSON.stringify(await response.json().catch(() => null))).toBe(201)
  return (await response.json()).doc
}

const parseIcs = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

async function register(page: Page, path: string, person: { name: string; email: string }) {
  await page.goto(path)
  const form = page.locator('section.registration form')
  await form.getByLabel('Name').fill(person.name)
  await form.getByLabel('E-Mail-Adresse').fill(person.email)
  await form.getByRole('checkbox').check()
  await form.getByRole('button').click()
}

test.describe('an event with its own registration', () => {
  let headers: Headers
  let winter: { id: number; slug: string }
  let summer: { id: number; slug: string }

  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    headers = await staffHeaders(request, editor())
    winter = await createEvent(request, headers, {
      title: `Workshop Vereinsfinanzen ${run}`,
      summary: 'Fördermittel beantragen, Schritt für Schritt.',
      ...WINTER,
      place: { name: 'Verbundbüro, Raum 2', address: 'Friedrich-Ebert-Straße 1, 45127 Essen', accessibility: 'Stufenloser Zugang, barrierefreies WC' },
      registration: { mode: 'internal', capacity: 2, waitingList: true },
    })
    summer = await createEvent(request, headers, { title: `Sprechstunde nach der Zeitumstellung ${run}`, ...SUMMER })
    await request.dispose()
  })

  test.afterAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    const adminHeaders = await staffHeaders(request, admin())
    for (const event of [winter, summer]) {
      await request.delete(`/api/event-registrations?where[event][equals]=${event.id}`, { headers: adminHeaders })
      await request.delete(`/api/events/${event.id}`, { headers: adminHeaders })
    }
    await request.dispose()
  })

  test('three people register: two get places, the third the waiting list, each a mail', async ({ page }) => {
    const path = `/termine/${winter.slug}`
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Workshop Vereinsfinanzen ${run}`)
    const facts = page.locator('dl.facts')
    await expect(facts).toContainText('Samstag, 27. März 2027, 10:00–12:00 Uhr')
    await expect(facts).toContainText('Friedrich-Ebert-Straße 1, 45127 Essen')
    await expect(facts).toContainText('Stufenloser Zugang, barrierefreies WC')
    await expect(facts).toContainText('Essener Verbund der Immigrantenvereine')
    await expect(page.locator('section.registration')).toContainText('Noch 2 Plätze frei.')
    await expect(page.getByRole('link', { name: 'In den Kalender (.ics)' })).toHaveAttribute('href', `/termine/${winter.slug}/kalender.ics`)

    // JSON-LD Event with status, place, organiser and language.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({
      '@type': 'Event',
      name: `Workshop Vereinsfinanzen ${run}`,
      startDate: WINTER.startsAt,
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Verbundbüro, Raum 2' },
      organizer: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.' },
      inLanguage: 'de',
    })

    const people = ['eins', 'zwei', 'drei'].map((n) => ({ name: `Person ${n}`, email: `termin-${n}-${run}@e2e.test` }))
    await register(page, path, people[0])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind angemeldet')
    await register(page, path, people[1])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind angemeldet')

    // The page learns of the registrations (the cache drops it): all places taken, the form now offers the waiting list.
    await expect
      .poll(async () => {
        await page.goto(path)
        return page.locator('section.registration').innerText()
      })
      .toContain('Alle Plätze sind vergeben')
    await expect(page.locator('section.registration').getByRole('button')).toHaveText('Auf die Warteliste setzen')

    await register(page, path, people[2])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie stehen auf der Warteliste')
    await expect(page.getByRole('main')).toContainText('(Platz 1)')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await page.getByRole('link', { name: 'Zurück zum Termin' }).click()
    await expect(page).toHaveURL(new RegExp(`/termine/${winter.slug}$`))

    for (const person of people) {
      const [mail] = await waitForMails((m) => sentTo(m, person.email), 1)
      expect(mail.subject).toContain(`Workshop Vereinsfinanzen ${run}`)
    }
  })

  test('bad input answers 400 in German, without script, and stores nothing', async ({ page }) => {
    await page.goto(`/termine/${winter.slug}`)
    const form = page.locator('section.registration form')
    await form.evaluate((el) => ((el as HTMLFormElement).noValidate = true))
    await form.getByLabel('E-Mail-Adresse').fill('keine-adresse')
    await form.getByRole('button').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bitte prüfen Sie Ihre Angaben.')
    await expect(page.getByRole('main')).toContainText('Bitte geben Sie Ihren Namen an.')
  })

  test('the calendar file and the feed parse, with Essen times on both sides of the change to summer time', async ({ request }) => {
    const single = await request.get(`/termine/${winter.slug}/kalender.ics`)
    expect(single.status()).toBe(200)
    expect(single.headers()['content-type']).toContain('text/calendar')
    const text = await single.text()
    const [event] = parseIcs(text)
    expect(text, 'the file names its time zone').toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin')
    expect(event.summary).toBe(`Workshop Vereinsfinanzen ${run}`)
    expect(event.startDate.toJSDate().toISOString()).toBe(WINTER.startsAt)
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin')
    expect([event.startDate.hour, event.endDate.hour]).toEqual([10, 12])

    const feed = await request.get('/termine/kalender.ics')
    expect(feed.status()).toBe(200)
    const events = parseIcs(await feed.text())
    const both = [`Workshop Vereinsfinanzen ${run}`, `Sprechstunde nach der Zeitumstellung ${run}`].map((title) => events.find((e) => e.summary === title))
    expect(both.map((e) => e?.startDate.toJSDate().toISOString())).toEqual([WINTER.startsAt, SUMMER.startsAt])
    expect(both.map((e) => [e?.startDate.hour, e?.startDate.minute])).toEqual([
      [10, 0],
      [10, 0],
    ])
  })

  test('/termine lists both, filters by kind and organiser, links the feed; the Arabic list has its own dates', async ({ page }) => {
    await page.goto('/termine')
    await expect(page).toHaveTitle(/^Termine – /)
    const titles = page.locator('.event-card .card__title')
    await expect(titles.filter({ hasText: run })).toHaveCount(2)
    await expect(page.getByRole('link', { name: 'Kalender abonnieren (iCal)' })).toHaveAttribute('href', '/termine/kalender.ics')

    await page.getByLabel('Art').selectOption('workshop')
    await page.getByLabel('Veranstalter').selectOption('verbund')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expect(page).toHaveURL(/\/termine\?kategorie=workshop&veranstalter=verbund$/)
    await expect(titles.filter({ hasText: run })).toHaveCount(2)
    await page.getByLabel('Art').selectOption('sport')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expect(titles.filter({ hasText: run })).toHaveCount(0)

    await page.goto('/ar/termine')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('المواعيد')
    await expect(page.locator('.event-card', { hasText: `Workshop Vereinsfinanzen ${run}` }).locator('time')).toContainText('2027')
  })

  test('a cancelled event says so on its page and in the list', async ({ page, playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    const response = await request.patch(`/api/events/${summer.id}`, { headers, data: { status: 'cancelled' } })
    expect(response.status()).toBe(200)
    await request.dispose()
    await expect
      .poll(async () => {
        await page.goto(`/termine/${summer.slug}`)
        return page.locator('.event-status').count()
      })
      .toBe(1)
    await expect(page.locator('.event-status')).toHaveText('Abgesagt')
    await expect(page.getByText('Dieser Termin ist abgesagt.')).toBeVisible()
    await page.goto('/termine')
    await expect(page.locator('.event-card', { hasText: `Sprechstunde nach der Zeitumstellung ${run}` }).locator('.event-status')).toHaveText('Abgesagt')
  })
})

test('a project with a funder and an attachment appears on /projekte, its page and /dokumente', async ({ page, request }) => {
  const headers = await staffHeaders(request, editor())
  const upload = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: `pressemitteilung-${run}.pdf`, mimeType: 'application/pdf', buffer: demoPdf(['Pressemitteilung', `Projekt ${run}`]) },
      _payload: JSON.stringify({ alt: 'Pressemitteilung als PDF', title: `Pressemitteilung Projektstart ${run}`, documentKind: 'pressemitteilung', public: true }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const file = (await upload.json()).doc as { id: number }
  const created = await request.post('/api/projects', {
    headers,
    data: {
      title: `Brücken bauen ${run}`,
      summary: 'Ein Projekt für Mentoring zwischen Vereinen.',
      status: 'running',
      startDate: '2026-01-01T12:00:00.000Z',
      endDate: '2027-12-31T12:00:00.000Z',
      funders: [{ name: 'Land NRW', fundingLine: 'Eine Förderung des Ministeriums für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen' }],
      attachments: [{ file: file.id }],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const project = (await created.json()).doc as { id: number; slug: string }

  try {
    await expect
      .poll(async () => {
        await page.goto('/projekte')
        return page.locator('section[aria-labelledby="laufend"] .card__title').allInnerTexts()
      })
      .toContain(`Brücken bauen ${run}`)
    await page.getByRole('link', { name: `Brücken bauen ${run}` }).click()
    await expect(page).toHaveURL(new RegExp(`/projekte/${project.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Brücken bauen ${run}`)
    await expect(page.locator('dl.facts')).toContainText('1. Januar 2026 – 31. Dezember 2027 · Laufend')
    const funders = page.locator('section[aria-labelledby="foerderer"]')
    await expect(funders.getByRole('heading')).toHaveText('Gefördert durch')
    await expect(funders).toContainText('Land NRW')
    await expect(funders).toContainText('Eine Förderung des Ministeriums für Kinder, Jugend')
    const attachment = page.locator('.attachments-box').getByRole('link', { name: `Pressemitteilung Projektstart ${run}` })
    await expect(attachment).toHaveAttribute('href', /\.pdf$/)
    await expect(page.locator('.attachments-box li', { hasText: run })).toContainText(/\(PDF, \d+ kB\)/)

    await page.goto('/dokumente')
    await expect(page).toHaveTitle(/^Dokumente – /)
    const press = page.locator('section[aria-labelledby="dokumente-pressemitteilung"]')
    await expect(press.getByRole('heading', { level: 2 })).toHaveText('Pressemitteilungen')
    await expect(press.getByRole('link', { name: `Pressemitteilung Projektstart ${run}` })).toBeVisible()
    const pdf = await request.get((await press.getByRole('link', { name: `Pressemitteilung Projektstart ${run}` }).getAttribute('href'))!)
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  } finally {
    const adminHeaders = await staffHeaders(request, admin())
    await request.delete(`/api/projects/${project.id}`, { headers: adminHeaders })
    await request.delete(`/api/media/${file.id}`, { headers: adminHeaders })
  }
})

test('the contact form: sent without script, it reaches the admin and the staff mail', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const message = `Wann ist das nächste Sommerfest? (${run})`
  await page.goto('/kontakt')
  await expect(page).toHaveTitle(/^Kontakt – /)
  const form = page.locator('section[aria-labelledby="kontaktformular"] form')
  await form.getByLabel('Ihr Name').fill('Ayşe Demir')
  await form.getByLabel('Ihre E-Mail-Adresse').fill(`kontakt-${run}@e2e.test`)
  await form.getByLabel('Worum geht es?').selectOption('termin')
  await form.getByLabel('Ihre Nachricht').fill(message)
  await form.getByRole('checkbox', { name: /^Ich bin einverstanden/ }).check()
  await form.getByRole('button', { name: 'Nachricht senden' }).click()
  await expect(page).toHaveURL(/\/kontakt\/danke$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank für Ihre Nachricht')
  await expect(page.getByRole('main')).toContainText('Wir melden uns so bald wie möglich')

  const adminHeaders = await staffHeaders(request, admin())
  const submissions = await request.get('/api/form-submissions?limit=100&sort=-createdAt&depth=0', { headers: adminHeaders })
  expect(submissions.status()).toBe(200)
  const mine = ((await submissions.json()).docs as { submissionData: { field: string; value: string }[] }[]).find((doc) =>
    doc.submissionData.some((entry) => entry.field === 'nachricht' && entry.value === message),
  )
  expect(mine?.submissionData).toEqual(
    expect.arrayContaining([
      { field: 'name', value: 'Ayşe Demir', id: expect.anything() },
      { field: 'anliegen', value: 'termin', id: expect.anything() },
    ]),
  )
  const [mail] = await waitForMails((m) => sentTo(m, 'info@example.org') && `${m.text ?? ''}${m.html || ''}`.includes(run), 1)
  expect(mail.subject).toBe('Kontaktformular: termin')

  // Without the consent box: a German 400 page naming the problem, nothing stored.
  await page.goto('/kontakt')
  await form.getByLabel('Ihr Name').fill('Ohne Häkchen')
  await form.getByLabel('Ihre E-Mail-Adresse').fill(`ohne-${run}@e2e.test`)
  await form.getByLabel('Worum geht es?').selectOption('allgemein')
  await form.getByLabel('Ihre Nachricht').fill('Test')
  await form.evaluate((el) => ((el as HTMLFormElement).noValidate = true))
  const answer = page.waitForResponse((r) => r.url().endsWith('/kontakt/absenden'))
  await form.getByRole('button', { name: 'Nachricht senden' }).click()
  expect((await answer).status()).toBe(400)
  await expect(page.getByRole('main')).toContainText('Bitte bestätigen Sie mit dem Häkchen')
  await context.close()
})

test('the sub-menu of „Über uns“ works by keyboard', async ({ page }) => {
  await page.goto('/')
  const menu = page.getByRole('navigation', { name: 'Hauptmenü' })
  const toggle = menu.getByRole('button', { name: 'Untermenü Über uns' })
  const child = menu.getByRole('link', { name: 'Geschichte' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(child).toBeHidden()

  await menu.getByRole('link', { name: 'Über uns', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(menu.getByRole('link', { name: 'Aufgaben und Ziele' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('link', { name: 'Aufgaben und Ziele' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle).toBeFocused()
  await expect(child).toBeHidden()

  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(child).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/ueber-uns\/geschichte$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geschichte')
  await expect(page.getByRole('navigation', { name: 'Sie sind hier' }).getByRole('link', { name: 'Über uns' })).toHaveAttribute('href', '/ueber-uns')
})

test('without script the sub-pages stay reachable: „Über uns“ lists them', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/ueber-uns')
  const list = page.getByRole('navigation', { name: 'Auf dieser Seite weiter' })
  await expect(list.getByRole('link')).toHaveText(['Aufgaben und Ziele', 'Geschichte', 'Satzung'])
  await context.close()
})

test('the sitemap lists the directory, profiles, events, projects and documents; pages have their own descriptions', async ({ page, request }) => {
  const paths = sitemapPaths(await (await request.get('/sitemap.xml')).text())
  for (const path of ['/mitgliedsvereine', '/termine', '/projekte', '/dokumente', '/kontakt', '/ar/termine']) expect(paths).toContain(path)
  const profiles = await request.get('/api/member-organisations?limit=1000&depth=0&select[slug]=true')
  const slugs = ((await profiles.json()).docs as { slug: string }[]).map((d) => `/mitgliedsvereine/${d.slug}`)
  expect(slugs.length).toBeGreaterThan(0)
  expect(paths).toEqual(expect.arrayContaining(slugs))
  expect(paths.some((p) => /^\/termine\/[a-z0-9-]+$/.test(p) && p !== '/termine/archiv')).toBe(true)
  expect(paths.some((p) => /^\/projekte\/[a-z0-9-]+$/.test(p))).toBe(true)

  const descriptions = new Map<string, string>()
  for (const path of ['/ueber-uns', '/impressum', '/suche', '/termine', '/projekte', '/dokumente', '/kontakt']) {
    await page.goto(path)
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(description, path).toMatch(/\S{10,}/)
    descriptions.set(path, description!)
  }
  expect(new Set(descriptions.values()).size, 'each page its own description').toBe(descriptions.size)
})

test.describe('screenshots', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })

  test('/termine, an event page and a project page on a phone', async ({ page }) => {
    const top = { x: 0, y: 0, width: 390, height: 2400 }
    await page.goto('/termine')
    await expect(page.locator('.event-card').first()).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('termine-smartphone.png'), fullPage: true, clip: top })
    const event = await page.locator('.event-card .card__title a').first().getAttribute('href')
    await page.goto(event!)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('termin-smartphone.png'), fullPage: true, clip: top })
    await page.goto('/projekte')
    const project = await page.locator('.card__title a').first().getAttribute('href')
    await page.goto(project!)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('projekt-smartphone.png'), fullPage: true, clip: top })
  })
})
