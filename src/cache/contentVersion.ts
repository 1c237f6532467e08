import type { ChangeReach } from './dependencies'

/**
 * Small, hot data (the directory) kept in memory between requests, shared
 * between the front server (which hears public-content changes, src/server/)
 * and the app's own code in the same process (which Next bundles separately,
 * hence a registry on globalThis rather than module variables). A kept value
 * is dropped by the changes that touch it, and nothing is kept while no
 * front server listens (next dev, scripts, tests) or while it cannot hear.
 */
type Registry = { listening: boolean; listeners: Set<(change: ChangeReach) => void> }
const KEY = Symbol.for('evi.keptContent')

function registry(): Registry {
  const g = globalThis as typeof globalThis & { [KEY]?: Registry }
  g[KEY] ??= { listening: false, listeners: new Set() }
  return g[KEY]
}

/** Called by the front server for every change it hears (and with no change when it starts listening). */
export function bumpPublicContentVersion(change: ChangeReach = { all: true }): void {
  const r = registry()
  r.listening = true
  for (const listener of r.listeners) listener(change)
}

/** Stops keeping anything (the front server lost its connection and may miss changes). */
export function forgetPublicContentVersion(): void {
  const r = registry()
  r.listening = false
  for (const listener of r.listeners) listener({ all: true })
}

/**
 * Keeps the result of `load` until a change that `touches` it (by default any
 * change). A result that was loading while such a change came in is used once
 * but not kept.
 */
export function keptUntilContentChanges<T>(load: () => Promise<T>, touches: (change: ChangeReach) => boolean = () => true): () => Promise<T> {
  let kept: Promise<T> | null = null
  let version = 0
  registry().listeners.add((change) => {
    if (change.all || touches(change)) {
      version += 1
      kept = null
    }
  })
  return async () => {
    if (!registry().listening) return load()
    if (kept) return kept
    const started = version
    const value = load()
    kept = value
    value.catch(() => {
      if (kept === value) kept = null
    })
    const result = await value
    if (version !== started && kept === value) kept = null
    return result
  }
}

/** keptUntilContentChanges for each of a few keys (the site's languages): one kept value per key. */
export function keptPerKey<K extends string, T>(
  keys: readonly K[],
  load: (key: K) => Promise<T>,
  touches?: (change: ChangeReach) => boolean,
): (key: K) => Promise<T> {
  const kept = new Map(keys.map((key) => [key, keptUntilContentChanges(() => load(key), touches)]))
  return (key) => (kept.get(key) ?? (() => load(key)))()
}

/**
 * Many small values by key (images by language and id), kept like
 * keptUntilContentChanges but each on its own: the keys not kept are read in
 * one batch (`loadMissing` returns those it found; what it did not find is
 * asked for again next time), a change drops the keys it `drops` (a change of
 * everything drops all), and at most `limit` are kept, the longest unused
 * going first. A value that was loading while a change touching it came in is
 * used once but not kept.
 */
export function keptEach<T>(
  loadMissing: (keys: string[]) => Promise<Map<string, T>>,
  drops: (change: ChangeReach, key: string) => boolean,
  limit: number,
): (keys: string[]) => Promise<Map<string, T>> {
  const kept = new Map<string, T>()
  /** Batches being read, each with its keys a change has touched meanwhile. */
  const loading = new Map<string, { values: Promise<Map<string, T>>; touched: Set<string> }>()
  registry().listeners.add((change) => {
    for (const key of kept.keys()) if (change.all || drops(change, key)) kept.delete(key)
    for (const [key, batch] of loading) if (change.all || drops(change, key)) batch.touched.add(key)
  })
  const keep = (key: string, value: T) => {
    kept.delete(key)
    kept.set(key, value)
    if (kept.size > limit) kept.delete(kept.keys().next().value!)
  }
  return async (keys) => {
    if (!registry().listening) return loadMissing(keys)
    const missing = keys.filter((key) => !kept.has(key) && !loading.has(key))
    if (missing.length) {
      const batch = { values: loadMissing(missing), touched: new Set<string>() }
      for (const key of missing) loading.set(key, batch)
      const settle = (values?: Map<string, T>) => {
        for (const key of missing) {
          if (loading.get(key) !== batch) continue
          loading.delete(key)
          if (values?.has(key) && !batch.touched.has(key) && registry().listening) keep(key, values.get(key)!)
        }
      }
      batch.values.then(settle, () => settle())
    }
    // Where each key comes from, decided before waiting (a batch settling meanwhile moves its keys on);
    // a kept value used now goes to the end of the line.
    const sources = keys.map((key) => {
      if (!kept.has(key)) return { key, batch: loading.get(key)!.values }
      const value = kept.get(key)!
      keep(key, value)
      return { key, value }
    })
    const found = new Map<string, T>()
    for (const source of sources) {
      if (!source.batch) found.set(source.key, source.value)
      else {
        const values = await source.batch
        if (values.has(source.key)) found.set(source.key, values.get(source.key)!)
      }
    }
    return found
  }
}
