/**
 * Compiles the production server and the command-line tools to plain
 * JavaScript in dist/ (part of `npm run build`, after `next build`): the
 * server and the worker then run on Node alone, without tsx compiling
 * TypeScript in the running process (about 50 MB less, and no esbuild
 * service processes). Our own modules are bundled; packages stay in
 * node_modules (`packages: 'external'`), so the image needs only the
 * production dependencies.
 */
import path from 'node:path'

import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

await build({
  absWorkingDir: root,
  entryPoints: {
    server: 'src/server/index.ts',
    worker: 'scripts/worker.ts',
    migrate: 'scripts/migrate.ts',
    backup: 'scripts/backup.ts',
    restore: 'scripts/restore.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
})
console.log('Server and tools compiled to dist/')
