/** After `npm prune --omit=dev`: removes the devDependencies npm kept only as optional peers (scripts/lib/devOnlyPackages.mjs). */
import fs from 'node:fs'
import path from 'node:path'

import { devOnlyPackages } from './lib/devOnlyPackages.mjs'

const projectDir = process.cwd()
for (const name of devOnlyPackages(projectDir)) {
  const folder = path.join(projectDir, 'node_modules', name)
  if (!fs.existsSync(folder)) continue
  fs.rmSync(folder, { recursive: true, force: true })
  console.log(`image: removed ${name} (a development tool that npm kept as an optional peer)`)
}
