/**
 * Draft preview: staff see the draft as the public page, readers never do,
 * and leaving the preview ends draft mode.
 */
import { expect, test } from '@playwright/test'

import { adminLogin, apiLogin, editor } from './helpers'

test('an editor previews a draft as the public page; readers get a 404 and no preview', async ({ page, request, browser }) => {
  const { token } = await apiLogin(request, editor())
  const created = await request.post('/api/articles?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: { title: 'Entwurf: Begegnungsfest im Oktober', slug: 'entwurf-begegnungsfest', _status: 'draft', teaser: 'Noch nicht veröffentlicht.' },
  })
  expect(created.status()).toBe(201)
  const path = '/aktuelles/nachrichten/entwurf-begegnungsfest'

  // A reader: no article, and no way into the preview.
  const reader = await browser.newContext()
  expect((await reader.request.get(path)).status()).toBe(404)
  expect((await reader.request.get(`/preview?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })).status()).toBe(403)
  await reader.close()

  // The editor, logged in to the admin, opens the preview.
  await adminLogin(page, editor())
  await page.goto(`/preview?path=${encodeURIComponent(path)}`)
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entwurf: Begegnungsfest im Oktober')
  // The article page has a second live region (the share box's "Link kopiert"): pick the banner by its text.
  await expect(page.getByRole('status').filter({ hasText: 'Vorschau' })).toHaveText(/^Vorschau: Sie sehen den aktuellen Entwurf\./)

  // Leaving the preview shows the public state again: for a draft that is the site's not-found page, without the banner.
  await page.getByRole('link', { name: 'Vorschau beenden' }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden')
  await expect(page.getByRole('status').filter({ hasText: 'Vorschau' })).toHaveCount(0)
  expect((await page.request.get(path)).status()).toBe(404)
})

test('a published article and a free page are public', async ({ page }) => {
  const article = await page.goto('/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand')
  expect(article?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verbund wählt neuen Vorstand')
  await expect(page.locator('figcaption')).toContainText('© Demo-Foto')
  await expect(page.getByText(/^Quelle:/)).toBeVisible()

  const imprint = await page.goto('/impressum')
  expect(imprint?.status()).toBe(200)
  await expect(page.getByText('[Bitte ergänzen:').first()).toBeVisible()
})
