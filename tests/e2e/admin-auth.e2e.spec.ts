/**
 * Logging in to the admin, and the role rules as the REST API enforces them.
 */
import { expect, test } from '@playwright/test'

import { admin, apiLogin as login, editor } from './helpers'

test('an editor logs in to the German admin', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('E-Mail').fill(editor().email)
  await page.getByLabel('Passwort').fill(editor().password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('link', { name: /Benutzer/ }).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
})

test('a wrong password is refused with a German message (the same as for an unknown or locked account)', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(editor().email)
  await page.getByLabel('Passwort').fill('falsches-passwort')
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page.getByText(/E-Mail-Adresse oder das Passwort ist nicht korrekt – oder das Konto ist .* gesperrt/)).toBeVisible()
})

test.describe('REST API role rules', () => {
  test('an editor cannot create users', async ({ request }) => {
    const { token } = await login(request, editor())
    const response = await request.post('/api/users', {
      headers: { Authorization: `JWT ${token}` },
      data: { name: 'Eindringling', email: 'intruder@e2e.test', password: 'intruder-password', role: 'admin' },
    })
    expect(response.status()).toBe(403)
  })

  test('an editor cannot raise their own role', async ({ request }) => {
    const { token, user } = await login(request, editor())
    const response = await request.patch(`/api/users/${user.id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { role: 'admin' },
    })
    expect(response.status()).toBe(200)
    const me = await request.get('/api/users/me', { headers: { Authorization: `JWT ${token}` } })
    expect((await me.json()).user.role).toBe('editor')
  })

  test('an editor cannot change another account', async ({ request }) => {
    const { token } = await login(request, editor())
    const { user: adminUser } = await login(request, admin())
    const response = await request.patch(`/api/users/${adminUser.id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { role: 'editor' },
    })
    expect(response.status()).toBe(403)
  })

  test('anonymous visitors cannot list users', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })
})
