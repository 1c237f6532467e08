/**
 * What /api/health reports, handed over by the front server (src/server/index.ts)
 * through globalThis: Next bundles the route apart from the server's modules.
 * Under `next dev` there is no front server and no change listener; the route
 * then checks the database itself.
 */
const KEY = Symbol.for('evi.health')

export type HealthSource = {
  /** Asks the database now (a short `select 1`). */
  database: () => Promise<boolean>
  /** Whether the change listener (PostgreSQL LISTEN for the page cache) is connected. */
  listener: () => boolean
  /** True once the server is shutting down: a load balancer should send no more readers. */
  stopping: () => boolean
}

type WithHealth = typeof globalThis & { [KEY]?: HealthSource }

export function registerHealthSource(source: HealthSource): void {
  ;(globalThis as WithHealth)[KEY] = source
}

export function healthSource(): HealthSource | undefined {
  return (globalThis as WithHealth)[KEY]
}
