/**
 * WCAG 2.1 AA on every public page type, checked by axe in German and in
 * Arabic (right to left), at desktop and phone widths, and the keyboard path
 * through a page: the skip link first, then the main menu in order.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** One line per violation and one per offending element, so a failure reads without opening a report. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} – ${violation.helpUrl}`,
      ...violation.nodes.map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}`),
    ].join('\n'),
  )
}

/** A path taken from the site itself, so the tests follow the seeded data: the first link `selector` finds on `listPath`. */
const firstLinkOn = (listPath: string, selector: string, expected: RegExp) => async (page: Page): Promise<string> => {
  await page.goto(listPath)
  const href = await page.locator(selector).first().getAttribute('href')
  expect(href).toMatch(expected)
  return href!
}

const firstArchiveMonth = firstLinkOn('/aktuelles/archiv', '.archive-months a', /^\/aktuelles\/archiv\/\d{4}\/\d{2}$/)
const firstProfile = firstLinkOn('/mitgliedsvereine', '.org-card__name a', /^\/mitgliedsvereine\/[a-z0-9-]+$/)
const firstMigoIssue = firstLinkOn('/migo', '.migo-list a', /^\/migo\/[a-z0-9-]+$/)
const firstEvent = firstLinkOn('/termine', '.event-card .card__title a', /^\/termine\/[a-z0-9-]+$/)
const firstProject = firstLinkOn('/projekte', '.card__title a', /^\/projekte\/[a-z0-9-]+$/)

/** Waits until the page's heading is on screen, so axe checks the page as readers see it. */
async function waitForContent(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

const PAGES: { name: string; path: string | ((page: Page) => Promise<string>); status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/aktuelles' },
  { name: 'news list, page 2', path: '/aktuelles/seite/2' },
  { name: 'news list filtered by category', path: '/aktuelles/kategorie/kultur' },
  { name: 'article', path: '/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand' },
  { name: 'archive', path: '/aktuelles/archiv' },
  { name: 'archive month', path: firstArchiveMonth },
  { name: 'search form', path: '/suche' },
  { name: 'search with results', path: '/suche?q=Hausaufgabenhilfe' },
  { name: 'search without results', path: '/suche?q=Quellwasserturbine' },
  { name: 'free page', path: '/impressum' },
  { name: '404 page', path: '/gibt-es-nicht', status: 404 },
  { name: 'member directory', path: '/mitgliedsvereine' },
  { name: 'member directory, filtered', path: '/mitgliedsvereine?feld=kultur&buchstabe=K' },
  { name: 'member directory, nothing found', path: '/mitgliedsvereine?q=Quellwasserturbine' },
  { name: 'organisation profile', path: firstProfile },
  { name: 'application form', path: '/mitgliedsvereine/eintragen' },
  { name: 'migo archive', path: '/migo' },
  { name: 'migo issue', path: firstMigoIssue },
  { name: 'page in Leichte Sprache with the migo sign-up', path: '/leichte-sprache/migo' },
  { name: 'events', path: '/termine' },
  { name: 'events, filtered', path: '/termine?kategorie=workshop' },
  { name: 'events archive', path: '/termine/archiv' },
  { name: 'event', path: firstEvent },
  { name: 'projects', path: '/projekte' },
  { name: 'project', path: firstProject },
  { name: 'documents', path: '/dokumente' },
  { name: 'contact form', path: '/kontakt' },
  { name: 'page with sub-pages and breadcrumbs', path: '/ueber-uns/satzung' },
]

const LANGUAGES = [
  { locale: 'de', prefix: '' },
  { locale: 'ar', prefix: '/ar' },
] as const
const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const

for (const { locale, prefix } of LANGUAGES) {
  for (const width of WIDTHS) {
    test.describe(`${locale}, ${width.name}`, () => {
      test.use({ viewport: width.viewport })

      for (const { name, path, status = 200 } of PAGES) {
        test(`axe finds no WCAG 2.1 AA violation: ${name}`, async ({ page }) => {
          const germanPath = typeof path === 'string' ? path : await path(page)
          const url = germanPath === '/' && prefix ? prefix : `${prefix}${germanPath}`
          const response = await page.goto(url)
          expect(response?.status()).toBe(status)
          await expect(page.locator('html')).toHaveAttribute('lang', locale)
          await waitForContent(page)
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
          expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0)
          expect(describeViolations(results.violations), `axe violations on ${url}`).toEqual([])
        })
      }
    })
  }
}

test.describe('keyboard', () => {
  for (const path of ['/', '/aktuelles', '/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand', '/gibt-es-nicht']) {
    test(`the skip link is the first stop and moves focus to the content: ${path}`, async ({ page }) => {
      await page.goto(path)
      await waitForContent(page)
      await page.keyboard.press('Tab')
      const skipLink = page.getByRole('link', { name: 'Zum Hauptinhalt springen' })
      await expect(skipLink).toBeFocused()
      await expect(skipLink).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(page.locator('main#hauptinhalt')).toBeFocused()
      // The next Tab continues inside the content, past the whole menu.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
    })
  }

  test('Tab walks the main menu in order, and Enter opens an entry', async ({ page }) => {
    await page.goto('/')
    const menu = page.getByRole('navigation', { name: 'Hauptmenü' })
    // The menu's last entry is laid out before its stops are collected (once it was missing from an early look).
    await expect(menu.getByRole('link', { name: 'Suche' })).toBeVisible()
    // Every stop in order: the links and the sub-menus' toggle buttons (their entries are folded away).
    const links = await menu.locator('a, button').filter({ visible: true }).all()
    const labels = await Promise.all(links.map((link) => link.innerText()))
    expect(labels).toEqual(expect.arrayContaining(['Aktuelles', 'Über uns', 'Kontakt', 'Suche']))

    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('banner').getByRole('link', { name: 'Essener Verbund der Immigrantenvereine' })).toBeFocused()
    for (const link of links) {
      await page.keyboard.press('Tab')
      await expect(link).toBeFocused()
      // The focus is visible: the browser's focus ring (or the site's own outline) is drawn.
      expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
    }

    // Back to "Aktuelles" with Shift+Tab, then Enter follows it.
    const index = labels.indexOf('Aktuelles')
    for (let i = links.length - 1; i > index; i--) await page.keyboard.press('Shift+Tab')
    await expect(links[index]).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/aktuelles$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktuelle Nachrichten und Beiträge')
  })
})
