/**
 * The security headers as a browser meets them: the Content-Security-Policy of
 * public pages (hashes of their own inline scripts, also when served from the
 * page cache) and of the admin (a nonce) lets everything the site needs run —
 * client navigation, the admin's edit view, live preview — and nothing else;
 * redirect targets taken from the request never leave the site.
 */
import { expect, test, type Page } from '@playwright/test'

import { adminLogin, apiLogin, editor, publicArticleSlugs } from './helpers'

/** Collects what the browser refused because of the policy (it reports each as a console error). */
function cspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`))
  return violations
}

test('public pages run their own scripts under the policy, first rendered and from the cache, and navigate on the client', async ({ page }) => {
  const violations = cspViolations(page)
  const article = (await publicArticleSlugs(page.request))[0]
  for (const path of ['/', '/aktuelles', `/aktuelles/nachrichten/${article}`, '/mitgliedsvereine', '/suche?q=Essen', '/migo', '/impressum', '/gibt-es-nicht']) {
    // Twice: rendered (or taken from the cache) and then certainly from the cache.
    for (let round = 0; round < 2; round += 1) {
      const response = await page.goto(path)
      expect(response?.headers()['content-security-policy'], path).toMatch(/script-src 'self' 'sha256-/)
      await page.waitForLoadState('networkidle')
    }
  }
  // Hydration worked: client navigation (the router's script) moves between pages without a reload.
  await page.goto('/')
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Aktuelles' }).click()
  await expect(page).toHaveURL(/\/aktuelles$/)
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
  // The copy-link button is our own client script.
  await page.goto(`/aktuelles/nachrichten/${article}`)
  await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeEnabled()
  expect(violations).toEqual([])
})

test('the admin works under its nonce policy: list, edit view, live preview', async ({ page }) => {
  const violations = cspViolations(page)
  await adminLogin(page, editor())
  const response = await page.goto('/admin/collections/articles')
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/)
  await page.locator('table a').first().click()
  await expect(page.getByLabel('Titel', { exact: false }).first()).toBeVisible()
  await page.getByRole('button', { name: 'Live-Vorschau' }).click()
  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
  expect(violations).toEqual([])
})

test('redirect targets from the request stay on the site', async ({ request }) => {
  // The finding: "/preview/exit?path=/%5Cevil.example" answered with "Location: /\evil.example".
  for (const evil of ['/%5Cevil.example', '//evil.example', '/..//evil.example', 'https://evil.example']) {
    const response = await request.get(`/preview/exit?path=${evil}`, { maxRedirects: 0 })
    expect(response.status(), evil).toBe(307)
    expect(response.headers().location, evil).toBe('/')
  }
  // A control character in the address: refused before anything reads it (src/server/requestUrl.ts), no redirect at all.
  const tab = await request.get('/preview/exit?path=/%09/evil.example', { maxRedirects: 0 })
  expect(tab.status()).toBe(400)
  expect(tab.headers().location).toBeUndefined()
  const fine = await request.get('/preview/exit?path=/aktuelles', { maxRedirects: 0 })
  expect(fine.headers().location).toBe('/aktuelles')

  const { token } = await apiLogin(request, editor())
  const preview = await request.get('/preview?path=/%5Cevil.example', { headers: { Authorization: `JWT ${token}` }, maxRedirects: 0 })
  expect(preview.status()).toBe(400)
})

test('every kind of answer carries the headers; nothing but the site may frame it', async ({ request }) => {
  const article = (await publicArticleSlugs(request))[0]
  const media = await request.get('/api/media?limit=1&depth=0')
  const file = ((await media.json()).docs as { url: string }[])[0].url
  for (const path of ['/', `/aktuelles/nachrichten/${article}`, '/admin/login', '/api/articles?limit=1', file, '/feed.xml', '/sitemap.xml', '/robots.txt', '/gibt-es-nicht']) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('geolocation=()')
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'")
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
  }
})
