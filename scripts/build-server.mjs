/**
 * Compiles the production server and the command-line tools to plain
 * JavaScript in dist/ (part of `npm run build`, after `next build`): the
 * server and the worker then run on Node alone, without tsx compiling
 * TypeScript in the running process (about 50 MB less, and no esbuild
 * service processes). Our own modules are bundled; packages stay in
 * node_modules, so the image needs only the production dependencies.
 *
 * One exception: @payloadcms/richtext-lexical is bundled too. Loaded by plain
 * Node as an ES module, its graph of circular imports often never finished
 * loading (the process then ran out of work and exited having done nothing:
 * 4 of 6 runs of the compiled migrate on a busy machine here); bundled into
 * our file it loads every time (0 of 10).
 */
import path from 'node:path'

import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

/** Leaves every package in node_modules (imported at run time) except those matching `inline`. */
function externalPackagesExcept(inline) {
  return {
    name: 'external-packages',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        // Our own path aliases (tsconfig) are resolved and bundled by esbuild.
        if (args.path.startsWith('@/') || args.path === '@payload-config' || inline.test(args.path)) return undefined
        return { path: args.path, external: true }
      })
    },
  }
}

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
  plugins: [externalPackagesExcept(/^@payloadcms\/richtext-lexical(\/|$)/)],
  // Styles imported by the bundled editor package mean nothing on the server.
  loader: { '.css': 'empty', '.scss': 'empty' },
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
})
console.log('Server and tools compiled to dist/')
