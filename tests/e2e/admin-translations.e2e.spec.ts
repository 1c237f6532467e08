/**
 * The article and page lists show which translations exist and which are
 * older than the German text (column „Übersetzungen“), readable without
 * colour and by screen readers.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { adminLogin, createArticle, deleteArticles, editor, staffHeaders, updateArticle } from './helpers'

const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
  },
})

test('the article list tells an editor which translations are there, missing or older than the German text', async ({ page, request }) => {
  const headers = await staffHeaders(request, editor())
  const title = `Übersetzungsstand ${Date.now()}`
  const article = await createArticle(request, headers, { title, body: body('Der Verbund lädt zum Sommerfest ein.'), _status: 'draft' })
  try {
    const translate = (locale: string, data: Record<string, unknown>) =>
      request.patch(`/api/articles/${article.id}?draft=true&locale=${locale}`, { headers, data }).then((r) => expect(r.status()).toBe(200))
    await translate('tr', { title: 'Dernekler yaz şenliğine davet ediyor', body: body('Birlik yaz şenliğine davet ediyor.') })
    await translate('ru', { title: 'Летний праздник', body: body('Объединение приглашает на летний праздник.') })
    await translate('en', { title: 'Summer party' })
    // The German text changes afterwards; then the Russian one is revised too.
    await new Promise((resolve) => setTimeout(resolve, 20))
    await updateArticle(request, headers, article.id, { body: body('Der Verbund lädt am 12. Juli zum Sommerfest ein.') }, { draft: true })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await translate('ru', { body: body('Объединение приглашает на летний праздник 12 июля.') })

    await page.setViewportSize({ width: 1440, height: 1000 })
    await adminLogin(page, editor())
    await page.goto(`/admin/collections/articles?search=${encodeURIComponent(title)}`)
    await expect(page.getByRole('columnheader', { name: 'Übersetzungen' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: title })
    const status = row.getByRole('list', { name: 'Übersetzungen' })
    await expect(status.getByRole('listitem')).toHaveCount(4)
    // What a screen reader reads, and what everyone sees (words and marks, not colour alone).
    await expect(status.locator('[data-locale="tr"]')).toContainText('Türkisch: älter als der deutsche Text')
    await expect(status.locator('[data-locale="tr"] [aria-hidden="true"]')).toHaveText('TR ↻ veraltet')
    await expect(status.locator('[data-locale="ru"]')).toContainText('Russisch: aktuell')
    await expect(status.locator('[data-locale="ru"] [aria-hidden="true"]')).toHaveText('RU ✓')
    await expect(status.locator('[data-locale="en"]')).toContainText('Englisch: fehlt')
    await expect(status.locator('[data-locale="ar"] [aria-hidden="true"]')).toHaveText('AR – fehlt')
    await expect(status.locator('[data-locale="tr"]')).toHaveAttribute('title', 'Türkisch: älter als der deutsche Text')

    const results = await new AxeBuilder({ page }).include('[aria-label="Übersetzungen"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/admin-uebersetzungen.png', fullPage: true })

    // Pages have the same column.
    await page.goto('/admin/collections/pages')
    await expect(page.getByRole('columnheader', { name: 'Übersetzungen' })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Übersetzungen' }).first()).toBeVisible()
  } finally {
    await deleteArticles(request, headers, [{ id: article.id, paths: [] }])
  }
})
