/** The migo web archive: every published issue, newest first, and one issue as a web page. */
import { expect, test } from '@playwright/test'

test('the archive lists the issues newest first, with the sign-up', async ({ page, request }) => {
  const response = await page.goto('/migo')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('migo – das Magazin des Verbunds')
  await expect(page.getByLabel('Ihre E-Mail-Adresse')).toBeVisible()
  const numbers = (await page.locator('.migo-list__number').allInnerTexts()).map((text) => Number(text.replace('Nr. ', '')))
  // Every issue a reader may see (other tests add issues of their own).
  const published = (await (await request.get('/api/newsletter-issues?limit=0&depth=0')).json()).totalDocs as number
  expect(published).toBeGreaterThanOrEqual(12)
  expect(numbers).toHaveLength(published)
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
})

test('an issue shows its editorial and its sections by topic, linking to the articles', async ({ page, request }) => {
  await page.goto('/migo')
  // The oldest issue: one of the demo content's, which all have an editorial (other tests add newer ones).
  const link = page.locator('.migo-list a').last()
  const title = await link.locator('.migo-list__title').innerText()
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('heading', { name: 'Editorial' })).toBeVisible()
  const sections = await page.locator('.migo-section h2').allInnerTexts()
  expect(sections.length).toBeGreaterThan(0)
  for (const topic of sections) {
    expect(['Wirtschaft', 'Recht', 'Sport', 'Bildung', 'Gesundheit', 'Aus den Vereinen', 'Rat und Politik', 'Nachrichten']).toContain(topic)
  }
  const articleLink = page.locator('.migo-item h3 a').first()
  const href = await articleLink.getAttribute('href')
  expect(href).toMatch(/^\/aktuelles\/nachrichten\//)
  expect((await request.get(href!)).status()).toBe(200)
  // Listed in the sitemap, like the archive.
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(new URL(page.url()).pathname)
})

test('an unknown issue is a 404', async ({ request }) => {
  expect((await request.get('/migo/gibt-es-nicht')).status()).toBe(404)
})
