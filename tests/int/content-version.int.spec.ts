/**
 * Small hot data (the directory) is kept in memory between requests only
 * while a front server hears content changes, and dropped by each change
 * that touches it.
 */
import { afterEach, expect, it } from 'vitest'

import { bumpPublicContentVersion, forgetPublicContentVersion, keptPerKey, keptUntilContentChanges } from '@/cache/contentVersion'
import type { ChangeReach } from '@/cache/dependencies'

afterEach(() => forgetPublicContentVersion())

/** A loader that counts its loads; `gate` (when set) holds the next load until opened. */
function counter(touches?: (change: ChangeReach) => boolean) {
  let loads = 0
  let gate: Promise<void> | null = null
  const load = keptUntilContentChanges(async () => {
    loads += 1
    const n = loads
    if (gate) await gate
    return n
  }, touches)
  return {
    load,
    loads: () => loads,
    hold: () => {
      let open = () => {}
      gate = new Promise<void>((resolve) => (open = resolve))
      return () => {
        gate = null
        open()
      }
    },
  }
}

it('keeps nothing while no front server listens (next dev, scripts)', async () => {
  const c = counter()
  await c.load()
  await c.load()
  expect(c.loads()).toBe(2)
})

it('keeps the result until public content changes', async () => {
  bumpPublicContentVersion()
  const c = counter()
  expect(await c.load()).toBe(1)
  expect(await c.load()).toBe(1)
  bumpPublicContentVersion()
  expect(await c.load()).toBe(2)
  expect(c.loads()).toBe(2)
})

it('does not keep a result that was loading while a change came in', async () => {
  bumpPublicContentVersion()
  const c = counter()
  const open = c.hold()
  const pending = c.load()
  bumpPublicContentVersion()
  open()
  expect(await pending).toBe(1)
  // Loaded before the change: not served again after it.
  expect(await c.load()).toBe(2)
  expect(await c.load()).toBe(2)
})

it('stops keeping as soon as changes can no longer be heard', async () => {
  bumpPublicContentVersion()
  const c = counter()
  await c.load()
  forgetPublicContentVersion()
  await c.load()
  expect(c.loads()).toBe(2)
})

it('a change that does not touch the kept value leaves it kept; one that does, or a change of everything, drops it', async () => {
  bumpPublicContentVersion()
  const c = counter((change) => Boolean(change.tags?.includes('orgs:all')))
  expect(await c.load()).toBe(1)
  bumpPublicContentVersion({ tags: ['article:4', 'articles:all'] })
  expect(await c.load()).toBe(1)
  bumpPublicContentVersion({ tags: ['org:7', 'orgs:all'] })
  expect(await c.load()).toBe(2)
  bumpPublicContentVersion({ all: true })
  expect(await c.load()).toBe(3)
})

it('keeps one value per key (the globals and categories per language), each dropped by the changes that touch it', async () => {
  bumpPublicContentVersion()
  const loads: string[] = []
  const load = keptPerKey(['de', 'ar'] as const, async (locale) => {
    loads.push(locale)
    return `Menü ${locale} ${loads.length}`
  }, (change) => Boolean(change.tags?.includes('categories')))
  expect(await load('de')).toBe('Menü de 1')
  expect(await load('ar')).toBe('Menü ar 2')
  expect(await load('de')).toBe('Menü de 1')
  bumpPublicContentVersion({ tags: ['article:4'] })
  expect(await load('ar')).toBe('Menü ar 2')
  bumpPublicContentVersion({ tags: ['categories'] })
  expect(await load('de')).toBe('Menü de 3')
  bumpPublicContentVersion({ all: true })
  expect(await load('ar')).toBe('Menü ar 4')
  expect(loads).toEqual(['de', 'ar', 'de', 'ar'])
})
