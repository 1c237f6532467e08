/**
 * The login cookie is `Secure` when the site is served over https, so it never
 * travels over plain http there; on a plain-http site (local use) it cannot be.
 * The cookie is written by Payload from the users collection's auth settings.
 */
import { generatePayloadCookie } from 'payload'
import { afterEach, expect, it, vi } from 'vitest'

const original = process.env.NEXT_PUBLIC_SERVER_URL

afterEach(() => {
  process.env.NEXT_PUBLIC_SERVER_URL = original
})

async function loginCookieFor(siteUrl: string): Promise<string> {
  vi.resetModules()
  process.env.NEXT_PUBLIC_SERVER_URL = siteUrl
  const { Users } = await import('@/collections/Users')
  const auth = Users.auth as Parameters<typeof generatePayloadCookie>[0]['collectionAuthConfig']
  return generatePayloadCookie({ collectionAuthConfig: { ...auth, tokenExpiration: 3600 }, cookiePrefix: 'payload', token: 'abc' }) as string
}

it('is Secure, HttpOnly and SameSite=Lax on an https site', async () => {
  const cookie = await loginCookieFor('https://www.evi-essen.de')
  expect(cookie).toMatch(/;\s*Secure/)
  expect(cookie).toMatch(/;\s*HttpOnly/)
  expect(cookie).toMatch(/;\s*SameSite=Lax/)
})

it('is not Secure on a plain-http site (a local server could not send it back)', async () => {
  expect(await loginCookieFor('http://localhost:3000')).not.toMatch(/Secure/)
})
