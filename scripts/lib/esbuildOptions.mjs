/**
 * How the project's TypeScript becomes plain JavaScript for Node: shared by the
 * compiled server (scripts/build-server.mjs) and the script launcher
 * (scripts/lib/scriptBundle.mjs). Our own modules are bundled; packages stay in
 * node_modules and are imported at run time.
 *
 * The exception: the rich-text editor (@payloadcms/richtext-lexical, and
 * lexical and @lexical/* under it) is bundled too, in its production build.
 * Node picks lexical's "node" export, a wrapper that chooses the development
 * or production build with a top-level `await import()`; on Node 20, loading
 * several of these wrappers at once now and then never finishes: the process
 * runs out of work and ends with exit code 13 having done nothing (static
 * imports of lexical and six @lexical packages: 4 of 10 runs; the bundled
 * seed script: 4 of 4 on a busy machine). Bundled, with the "production"
 * condition choosing the build directly: 0 of 10, and 0 of 8.
 */
import path from 'node:path'

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..')

const INLINE_PACKAGES = /^(@payloadcms\/richtext-lexical|lexical|@lexical\/[^/]+)(\/|$)/

/** Leaves every package in node_modules except those matching INLINE_PACKAGES. */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      // Our own path aliases (tsconfig) are resolved and bundled by esbuild.
      if (args.path.startsWith('@/') || args.path === '@payload-config' || INLINE_PACKAGES.test(args.path)) return undefined
      return { path: args.path, external: true }
    })
  },
}

/** @type {import('esbuild').BuildOptions} */
export const nodeBundleOptions = {
  absWorkingDir: PROJECT_DIR,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackages],
  // Lexical's builds by name (see above): its "production" export comes before its "node" wrapper.
  conditions: ['production'],
  // Styles imported by the bundled editor package mean nothing on the server.
  loader: { '.css': 'empty', '.scss': 'empty' },
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
}
