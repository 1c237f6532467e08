/**
 * Small hot data (the directory) is kept in memory between requests only
 * while a front server hears content changes, and dropped by each change
 * that touches it.
 */
import { afterEach, expect, it } from 'vitest'

import { bumpPublicContentVersion, forgetPublicContentVersion, keptEach, keptPerKey, keptUntilContentChanges } from '@/cache/contentVersion'
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

it('keeps many values by key (images by language and id), read in one batch for those not kept, each dropped by the changes that touch it', async () => {
  bumpPublicContentVersion()
  const batches: string[][] = []
  const load = keptEach<string>(
    async (keys) => {
      batches.push(keys)
      return new Map(keys.filter((key) => !key.endsWith(':404')).map((key) => [key, `${key} #${batches.length}`]))
    },
    (change, key) => Boolean(change.tags?.includes(`media:${key.split(':')[1]}`)),
    10,
  )
  expect([...(await load(['de:1', 'de:2', 'de:404']))]).toEqual([
    ['de:1', 'de:1 #1'],
    ['de:2', 'de:2 #1'],
  ])
  expect([...(await load(['de:2', 'de:3']))]).toEqual([
    ['de:2', 'de:2 #1'],
    ['de:3', 'de:3 #2'],
  ])
  bumpPublicContentVersion({ tags: ['media:2', 'article:1'] })
  expect([...(await load(['de:1', 'de:2']))]).toEqual([
    ['de:1', 'de:1 #1'],
    ['de:2', 'de:2 #3'],
  ])
  bumpPublicContentVersion({ all: true })
  expect((await load(['de:1'])).get('de:1')).toBe('de:1 #4')
  // What is not found is asked for again (it may be found after the next change).
  expect(batches).toEqual([['de:1', 'de:2', 'de:404'], ['de:3'], ['de:2'], ['de:1']])
})

it('keeps at most its limit of values, letting the longest unused go first', async () => {
  bumpPublicContentVersion()
  const loaded: string[] = []
  const load = keptEach<string>(async (keys) => (loaded.push(...keys), new Map(keys.map((key) => [key, key]))), () => false, 2)
  await load(['a', 'b'])
  await load(['a'])
  await load(['c'])
  await load(['a', 'b', 'c'])
  expect(loaded).toEqual(['a', 'b', 'c', 'b'])
})

it('uses a value that was loading while a change touching it came in once, without keeping it; other keys of the batch are kept', async () => {
  bumpPublicContentVersion()
  let loads = 0
  let open = () => {}
  const gate = new Promise<void>((resolve) => (open = resolve))
  const load = keptEach<number>(
    async (keys) => {
      loads += 1
      if (loads === 1) await gate
      return new Map(keys.map((key) => [key, loads]))
    },
    (change, key) => Boolean(change.tags?.includes(key)),
    10,
  )
  const pending = load(['x', 'y'])
  bumpPublicContentVersion({ tags: ['x'] })
  open()
  expect([...(await pending)]).toEqual([
    ['x', 1],
    ['y', 1],
  ])
  expect([...(await load(['x', 'y']))]).toEqual([
    ['x', 2],
    ['y', 1],
  ])
})

it('keeps nothing by key while no front server listens', async () => {
  let loads = 0
  const load = keptEach<number>(async (keys) => new Map(keys.map((key) => [key, ++loads])), () => true, 10)
  await load(['a'])
  expect((await load(['a'])).get('a')).toBe(2)
})
