// Installs the locked dependencies when node_modules is missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone.
// Plain Node on purpose: it runs before any dependency exists.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const installed = 'node_modules/.package-lock.json'
const locked = 'package-lock.json'
const upToDate = fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(locked).mtimeMs

if (!upToDate) {
  console.log('Installing dependencies (npm ci) …')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
