/**
 * The project's TypeScript scripts (npm start, migrate, seed, backup, restore,
 * the worker …) run on plain Node, bundled first like the compiled server
 * (esbuildOptions.mjs) — not through tsx. Loading Payload's modules through
 * tsx's loader hooks now and then never settled on Node 20: the process hung,
 * or Node ended it with exit code 13 having done nothing (in CI about one
 * script in a hundred, once `npm start` twice in a row). A bundle loads our
 * code and the editor package as one module, and in about a third of the time.
 *
 * Bundles live in node_modules/.cache/evi-scripts/<content hash>/, so runs of
 * the same sources share one and concurrent runs cannot disturb each other.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

import { nodeBundleOptions, PROJECT_DIR } from './esbuildOptions.mjs'

const CACHE_DIR = path.join(PROJECT_DIR, 'node_modules', '.cache', 'evi-scripts')
/** Bundles of older sources are removed after a day. */
const KEEP_MS = 24 * 60 * 60 * 1000

/** Bundles `entry` (a path from the project folder) and answers the bundle's path. */
export async function bundleScript(entry) {
  const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '')
  // Built as if in a folder of the final depth, so the source map's relative paths hold there.
  const { outputFiles } = await build({
    ...nodeBundleOptions,
    entryPoints: [path.resolve(PROJECT_DIR, entry)],
    outfile: path.join(CACHE_DIR, 'build', `${name}.mjs`),
    sourcemap: 'linked',
    write: false,
  })
  const hash = crypto.createHash('sha256')
  for (const file of outputFiles) hash.update(file.path).update(file.contents)
  const dir = path.join(CACHE_DIR, hash.digest('hex').slice(0, 16))
  const bundle = path.join(dir, `${name}.mjs`)
  if (fs.existsSync(bundle)) return bundle

  fs.mkdirSync(CACHE_DIR, { recursive: true })
  removeOldBundles()
  const scratch = fs.mkdtempSync(path.join(CACHE_DIR, '.writing-'))
  for (const file of outputFiles) fs.writeFileSync(path.join(scratch, path.basename(file.path)), file.contents)
  try {
    fs.renameSync(scratch, dir)
  } catch (error) {
    // Another run wrote the same bundle first.
    fs.rmSync(scratch, { recursive: true, force: true })
    if (!fs.existsSync(bundle)) throw error
  }
  return bundle
}

function removeOldBundles() {
  for (const entry of fs.readdirSync(CACHE_DIR)) {
    const dir = path.join(CACHE_DIR, entry)
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs > KEEP_MS) fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      // Removed by a concurrent run.
    }
  }
}
