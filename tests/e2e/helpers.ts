/** Shared steps of the browser tests. */
import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const editor = () => ({ email: process.env.E2E_EDITOR_EMAIL!, password: process.env.E2E_EDITOR_PASSWORD! })
export const admin = () => ({ email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! })

/** Logs in through the REST API; returns the token and the user. */
export async function apiLogin(request: APIRequestContext, credentials: { email: string; password: string }) {
  const response = await request.post('/api/users/login', { data: credentials })
  expect(response.status()).toBe(200)
  const body = await response.json()
  return { token: body.token as string, user: body.user as { id: number; role: string } }
}

/** Logs in through the admin's login form. */
export async function adminLogin(page: Page, credentials: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(credentials.email)
  await page.getByLabel('Passwort').fill(credentials.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}
