/**
 * The project's devDependencies that no production package needs. `npm prune
 * --omit=dev` keeps a package that a production package names even as an
 * optional peer (next names @playwright/test), so the image build removes
 * these itself (scripts/image-prune.mjs), and the image test checks them.
 * A devDependency that a production package really depends on (a 'prod' or
 * 'peer' edge, e.g. esbuild for tsx) is a production package too and stays.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export function devOnlyPackages(projectDir) {
  const { devDependencies = {} } = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'))
  return Object.keys(devDependencies).filter((name) => {
    let nodes
    try {
      nodes = JSON.parse(execFileSync('npm', ['explain', name, '--json'], { cwd: projectDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    } catch {
      return true // not installed at all
    }
    return !nodes.some((node) => node.dependents.some((edge) => edge.from?.name && (edge.type === 'prod' || edge.type === 'peer')))
  })
}
