/**
 * Compiles the production server and the command-line tools to plain
 * JavaScript in dist/ (part of `npm run build`, after `next build`): the
 * server and the worker then run on Node alone, without compiling TypeScript
 * in the running process (about 50 MB less, and no esbuild service
 * processes). How: scripts/lib/esbuildOptions.mjs, so the image needs only
 * the production dependencies.
 */
import { build } from 'esbuild'

import { nodeBundleOptions } from './lib/esbuildOptions.mjs'

await build({
  ...nodeBundleOptions,
  entryPoints: {
    server: 'src/server/index.ts',
    worker: 'scripts/worker.ts',
    migrate: 'scripts/migrate.ts',
    backup: 'scripts/backup.ts',
    restore: 'scripts/restore.ts',
  },
  outdir: 'dist',
  splitting: true,
  sourcemap: 'linked',
})
console.log('Server and tools compiled to dist/')
