/**
 * How the production server process is started (npm start, the tests, the
 * bench; the Dockerfile and `npm run image:start` say the same, checked by
 * tests/e2e/production-image.e2e.spec.ts): the compiled server on plain Node,
 * with settings that keep its resident memory low (figures in bench/memory.ts):
 *   - a young generation of at most 3 × 4 MB instead of 3 × 16 MB: the many
 *     short-lived objects of a render are collected a little more often, and
 *     the heap's new space never grows to the default's 48 MB;
 *   - MALLOC_ARENA_MAX=2: glibc otherwise keeps up to 8 malloc arenas per core
 *     for the threads (libuv's pool, V8's helpers), each holding freed memory.
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=4', 'dist/server.js']
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' }

export function serverCommand(): [string, string[]] {
  return [process.execPath, SERVER_NODE_ARGS]
}
