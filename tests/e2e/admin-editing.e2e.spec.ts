/**
 * The editorial admin as an editor meets it: German lists with the demo
 * content, and the article form with its fields. Screenshots land in
 * test-results/screenshots for review.
 */
import { expect, test } from '@playwright/test'

import { adminLogin, editor } from './helpers'

test('an editor sees the article list and writes a draft with the form', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 })
  await adminLogin(page, editor())

  await page.goto('/admin/collections/articles')
  await expect(page.getByRole('heading', { name: 'Beiträge' })).toBeVisible()
  await expect(page.getByText('Verbund wählt neuen Vorstand')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/admin-articles-list.png', fullPage: true })

  await page.goto('/admin/collections/articles/create')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/, { timeout: 15_000 })
  const autosaved = page.waitForResponse((r) => r.url().includes('autosave=true') && r.request().method() !== 'GET')
  await page.getByLabel('Titel').first().fill('Sommerfest der Vereine in Katernberg')
  await expect(page.getByText('Titelbild', { exact: true })).toBeVisible()
  await expect(page.getByText('Veröffentlichungsdatum', { exact: true })).toBeVisible()
  // Autosave stored the draft as soon as the form opened; it saves again as the editor types.
  await expect(page.getByText('Status:')).toBeVisible()
  await expect(page.getByText('Entwurf', { exact: true })).toBeVisible()
  expect((await autosaved).ok()).toBe(true)
  // The slug follows the title (German transliteration), not the placeholder of the empty form.
  await page.reload()
  await expect(page.getByLabel('URL-Kürzel (Slug)')).toHaveValue('sommerfest-der-vereine-in-katernberg')
  await page.screenshot({ path: 'test-results/screenshots/admin-article-edit.png', fullPage: true })
})
