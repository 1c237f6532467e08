/**
 * A counter of public-content changes, shared between the front server (which
 * hears them, src/server/) and the app's own code in the same process (which
 * Next bundles separately, hence a global rather than a module variable).
 * Lets small, hot data (the directory) be kept in memory between requests and
 * dropped on the same notification that drops cached pages.
 */
const KEY = Symbol.for('evi.publicContentVersion')
type WithVersion = typeof globalThis & { [KEY]?: number }

/** The current version, or undefined when no front server listens (next dev, scripts, tests): then nothing may be kept. */
export const publicContentVersion = (): number | undefined => (globalThis as WithVersion)[KEY]

/** Called by the front server whenever public content changed (and when it starts listening). */
export function bumpPublicContentVersion(): void {
  const g = globalThis as WithVersion
  g[KEY] = (g[KEY] ?? 0) + 1
}

/** Stops keeping anything (the front server lost its connection and may miss changes). */
export function forgetPublicContentVersion(): void {
  delete (globalThis as WithVersion)[KEY]
}

/**
 * Keeps the result of `load` until public content changes. A result that was
 * loading while a change came in is used once but not kept.
 */
export function keptUntilContentChanges<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: { version: number; value: Promise<T> } | null = null
  return async () => {
    const version = publicContentVersion()
    if (version === undefined) return load()
    if (kept?.version === version) return kept.value
    const value = load()
    kept = { version, value }
    value.catch(() => {
      if (kept?.value === value) kept = null
    })
    const result = await value
    if (publicContentVersion() !== version && kept?.value === value) kept = null
    return result
  }
}
