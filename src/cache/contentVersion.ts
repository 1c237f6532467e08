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
