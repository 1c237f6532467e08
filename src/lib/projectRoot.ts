import fs from 'node:fs'
import path from 'node:path'

/**
 * The project's folder (where package.json and .next are), found upwards from
 * a module's folder: the same from the TypeScript sources and from the
 * compiled bundle in dist/, which sit at different depths.
 */
export function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}
