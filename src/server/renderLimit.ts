/**
 * At most a few page renders at a time; the others wait their turn.
 *
 * Why: the server has one thread, so more renders at once finish no sooner —
 * they only hold their memory together. The bench's 50 readers asking for
 * uncached search pages at once took the heap to its 256 MB limit (GC ran
 * most of the time, then the server died); in turn, they are served faster
 * with the memory of a few renders. Measured with 50 readers on uncached
 * pages (req/s, unlimited → 4 → 2 at once): articles 16–23 → 36–38 → 36–44,
 * /suche 33–51 → 71 → 82, heap peak 243 → 223 → 177 MB. Two keep the CPU
 * busy while one render waits for PostgreSQL; RENDER_CONCURRENCY raises it
 * for a database far away.
 */
export type RenderLimit = {
  /** Runs `task` once a slot is free; an `urgent` one before everyone waiting (readers wait for it). */
  run: <T>(task: () => Promise<T>, options?: { urgent?: boolean }) => Promise<T>
  /** Renders running, and readers waiting for a slot (for logs and tests). */
  state: () => { running: number; waiting: number }
}

export function createRenderLimit(max: number): RenderLimit {
  let running = 0
  const waiting: (() => void)[] = []
  const acquire = (urgent: boolean): Promise<void> | void => {
    if (running < max) {
      running += 1
      return
    }
    // The slot is handed over by release(): `running` stays as it is.
    return new Promise<void>((resolve) => (urgent ? waiting.unshift(resolve) : waiting.push(resolve)))
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }
  return {
    async run(task, { urgent = false } = {}) {
      await acquire(urgent)
      try {
        return await task()
      } finally {
        release()
      }
    },
    state: () => ({ running, waiting: waiting.length }),
  }
}
