/**
 * Pages nest: a page under „Über uns“ lives at /ueber-uns/<own slug>, with
 * breadcrumbs; moving or renaming the parent moves its children and leaves
 * redirects from their old addresses; top-level pages keep their addresses.
 * The navigation global has sub-menus.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { listChildPages, pageBreadcrumbs } from '@/content/pages'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const page = (title: string, slug: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'pages', data: { title, slug, _status: 'published', ...extra } as never })
/** How /[...slug] finds a page (src/content/pages.ts getPageBySlug, outside a request): by its whole path, as an anonymous reader. */
const pageAt = async (path: string) => (await payload.find({ collection: 'pages', where: { slug: { equals: path } }, depth: 1, limit: 1, overrideAccess: false })).docs[0]
const redirectFrom = async (from: string) => (await payload.find({ collection: 'redirects', where: { from: { equals: from } } })).docs[0]?.to

it('a child page resolves by its full path and carries breadcrumbs', async () => {
  const about = await page('Über uns', 'ueber-uns')
  const history = await page('Geschichte', 'geschichte', { parent: about.id })
  expect(history.slug).toBe('ueber-uns/geschichte')
  const found = await pageAt('ueber-uns/geschichte')
  expect(found?.id).toBe(history.id)
  expect(pageBreadcrumbs(found!)).toEqual([
    { label: 'Über uns', path: '/ueber-uns' },
    { label: 'Geschichte', path: '/ueber-uns/geschichte' },
  ])
  expect((await listChildPages(about.id)).map((p) => p.slug)).toEqual(['ueber-uns/geschichte'])
  // Top-level pages keep their address; a slug typed as a path still works without a parent.
  expect((await pageAt('ueber-uns'))?.id).toBe(about.id)
  const legacy = await page('Vorstand', 'verein/vorstand')
  expect((await pageAt('verein/vorstand'))?.id).toBe(legacy.id)
})

it('renaming the parent moves its children and leaves redirects from their old addresses', async () => {
  const parent = await page('Verbund', 'verbund')
  const child = await page('Aufgaben und Ziele', 'aufgaben-und-ziele', { parent: parent.id })
  const grandchild = await page('Leitbild', 'leitbild', { parent: child.id })
  expect(grandchild.slug).toBe('verbund/aufgaben-und-ziele/leitbild')

  await payload.update({ collection: 'pages', id: parent.id, data: { slug: 'wir', _status: 'published' } })
  const [movedChild, movedGrandchild] = await Promise.all([
    payload.findByID({ collection: 'pages', id: child.id }),
    payload.findByID({ collection: 'pages', id: grandchild.id }),
  ])
  expect(movedChild.slug).toBe('wir/aufgaben-und-ziele')
  expect(movedGrandchild.slug).toBe('wir/aufgaben-und-ziele/leitbild')
  expect(pageBreadcrumbs(movedGrandchild).map((c) => c.path)).toEqual(['/wir', '/wir/aufgaben-und-ziele', '/wir/aufgaben-und-ziele/leitbild'])
  expect(await redirectFrom('/verbund/aufgaben-und-ziele')).toBe('/wir/aufgaben-und-ziele')
  expect(await redirectFrom('/verbund/aufgaben-und-ziele/leitbild')).toBe('/wir/aufgaben-und-ziele/leitbild')
})

it('a page cannot sit under itself or under its own child (German message)', async () => {
  const top = await page('Oben', 'oben')
  const below = await page('Unten', 'unten', { parent: top.id })
  await expect(payload.update({ collection: 'pages', id: top.id, data: { parent: top.id } })).rejects.toThrow('Eine Seite kann nicht unter sich selbst stehen.')
  await expect(payload.update({ collection: 'pages', id: top.id, data: { parent: below.id } })).rejects.toThrow('Eine Seite kann nicht unter einer ihrer eigenen Unterseiten stehen.')
})

it('the main menu has sub-menus', async () => {
  await payload.updateGlobal({
    slug: 'navigation',
    data: { header: [{ label: 'Über uns', href: '/ueber-uns', children: [{ label: 'Geschichte', href: '/ueber-uns/geschichte' }] }] },
  })
  const navigation = await payload.findGlobal({ slug: 'navigation', overrideAccess: false })
  expect(navigation.header?.[0].children?.map((c) => [c.label, c.href])).toEqual([['Geschichte', '/ueber-uns/geschichte']])
  await expect(
    payload.updateGlobal({ slug: 'navigation', data: { header: [{ label: 'X', href: '/x', children: [{ label: 'Böse', href: 'javascript:alert(1)' }] }] } }),
  ).rejects.toThrow()
})

it('translating a parent page re-saves its children without colliding with their German breadcrumbs', async () => {
  const parent = await page('Team', 'team')
  const child = await page('Vorstand', 'vorstand', { parent: parent.id })
  // The nested-docs plugin re-saves the children in the parent's language, read with German as fallback.
  await payload.update({ collection: 'pages', id: parent.id, locale: 'tr', data: { title: 'Ekip', _status: 'published' } as never })
  const [german, turkish] = await Promise.all([
    payload.findByID({ collection: 'pages', id: child.id, locale: 'de' }),
    payload.findByID({ collection: 'pages', id: child.id, locale: 'tr', fallbackLocale: false }),
  ])
  expect(pageBreadcrumbs(german).map((c) => c.label)).toEqual(['Team', 'Vorstand'])
  expect(pageBreadcrumbs(turkish).map((c) => c.label)).toEqual(['Ekip', 'Vorstand'])
})
