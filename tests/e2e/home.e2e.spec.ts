import { expect, test } from '@playwright/test'

test('the home page renders in German with a working skip link', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Essener Verbund der Immigrantenvereine')

  // The skip link is the first thing a keyboard reaches, and it moves focus to the content.
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Zum Hauptinhalt springen' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#hauptinhalt$/)
  await expect(page.locator('main#hauptinhalt')).toBeFocused()
})
