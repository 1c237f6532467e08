/**
 * Dates in the admin the German way: the "Veröffentlichungsplanung" dialog, as
 * an editor opens it, offers 24-hour times and shows the chosen moment as
 * "28.11.2026 20:05" (Payload's own fallback would be "Nov 28, 2026 8:05 PM").
 */
import { expect, test } from '@playwright/test'

import { adminLogin, createArticle, deleteArticles, editor, staffHeaders } from './helpers'

/** Day and month of the 28th of next month in Essen, as the dialog must write it. */
function twentyEighthOfNextMonth(): { label: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number)
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  return { label: `28.${String(next.month).padStart(2, '0')}.${next.year}` }
}

test('an editor schedules publishing and reads every date and time in German, 24-hour style', async ({ page, request }) => {
  const headers = await staffHeaders(request, editor())
  const article = await createArticle(request, headers, { title: 'Termin für die Planung', _status: 'draft' })
  try {
    await adminLogin(page, editor())
    await page.goto(`/admin/collections/articles/${article.id}`)
    await expect(page.getByLabel('Titel').first()).toHaveValue('Termin für die Planung')

    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    const dialog = page.locator('.schedule-publish')
    await expect(dialog.getByRole('heading', { name: 'Veröffentlichung für Termin für die Planung planen' })).toBeVisible()

    // (Payload preselects "Veröffentlichung aufheben" for a document that was never published.)
    await dialog.getByText('Veröffentlichen', { exact: true }).click()
    const input = dialog.locator('#time input')
    await input.click()
    await page.locator('.react-datepicker__navigation--next').click()
    await page.locator('.react-datepicker__day--028:not(.react-datepicker__day--outside-month)').click()

    // The list of times: 24 hours, no "vorm."/"nachm." (or AM/PM).
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times.length).toBeGreaterThan(200)
    for (const time of times) expect(time.trim()).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
    expect(times.map((time) => time.trim())).toEqual(expect.arrayContaining(['00:00', '08:05', '20:05', '23:55']))

    await page.locator('.react-datepicker__time-list-item', { hasText: /^20:05$/ }).click()
    const { label } = twentyEighthOfNextMonth()
    await expect(input).toHaveValue(`${label} 20:05`)
    await expect(dialog).not.toContainText(/vorm\.|nachm\.|\b[AP]M\b/)
    await page.screenshot({ path: 'test-results/screenshots/admin-veroeffentlichung-planen-auswahl.png' })

    // Saved, the plan is listed below with the same German date.
    await dialog.getByRole('button', { name: 'Speichern' }).click()
    await expect(dialog.locator('table')).toContainText(`${label} 20:05`)
    await expect(dialog.locator('table')).toContainText('Veröffentlichen')
    await page.screenshot({ path: 'test-results/screenshots/admin-veroeffentlichung-planen.png', fullPage: true })
  } finally {
    await deleteArticles(request, headers, [{ id: article.id, paths: [] }])
  }
})
