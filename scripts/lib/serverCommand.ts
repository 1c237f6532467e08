/**
 * How the production server process is started (npm start, the tests, the
 * bench; the Dockerfile and `npm run image:start` say the same, checked by
 * tests/e2e/production-image.e2e.spec.ts): the compiled server on plain Node,
 * with settings that keep its resident memory low (figures in bench/memory.ts):
 *   - an old generation of at most 256 MB: with a machine's worth of memory
 *     V8 lets the heap grow to several hundred MB before it collects (the
 *     bench saw 213 MB at idle and 617 MB after 1,000 pages without a limit);
 *     the server's live data is far below the limit;
 *   - a young generation of at most 3 × 4 MB instead of 3 × 16 MB: the many
 *     short-lived objects of a render are collected a little more often, and
 *     the heap's new space never grows to the default's 48 MB;
 *   - MALLOC_ARENA_MAX=2: glibc otherwise keeps up to 8 malloc arenas per core
 *     for the threads (libuv's pool, V8's helpers), each holding freed memory.
 */
export const SERVER_NODE_ARGS = ['--max-old-space-size=256', '--max-semi-space-size=4', 'dist/server.js']
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' }

export function serverCommand(): [string, string[]] {
  return [process.execPath, SERVER_NODE_ARGS]
}
