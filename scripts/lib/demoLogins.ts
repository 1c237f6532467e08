/**
 * Demo logins: from the environment when given, otherwise generated once.
 * There is never a fixed password: a generated one is printed when the
 * account is created and kept in `.data/demo-login.txt` (git-ignored).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { DemoLogin } from '../../src/seed'

const generatePassword = () => randomBytes(12).toString('base64url')

export function demoLogins(env: NodeJS.ProcessEnv = process.env): DemoLogin[] {
  return [
    {
      name: 'Demo Administration',
      email: env.DEMO_ADMIN_EMAIL || 'admin@demo.evi-essen.de',
      password: env.DEMO_ADMIN_PASSWORD || generatePassword(),
      role: 'admin',
    },
    {
      name: 'Demo Redaktion',
      email: env.DEMO_EDITOR_EMAIL || 'redaktion@demo.evi-essen.de',
      password: env.DEMO_EDITOR_PASSWORD || generatePassword(),
      role: 'editor',
    },
    {
      name: 'Demo Vereinsvertretung',
      email: env.DEMO_MEMBER_EMAIL || 'verein@demo.evi-essen.de',
      password: env.DEMO_MEMBER_PASSWORD || generatePassword(),
      role: 'member',
    },
  ]
}

const ROLE_LABELS: Record<DemoLogin['role'], string> = { admin: 'Admin    ', editor: 'Redaktion', member: 'Verein   ' }

export function demoLoginFile(dataDir: string): string {
  return path.join(dataDir, 'demo-login.txt')
}

export function formatLogins(logins: DemoLogin[]): string {
  return logins.map((l) => `  ${ROLE_LABELS[l.role]}  ${l.email}  /  ${l.password}`).join('\n')
}

export function rememberLogins(dataDir: string, logins: DemoLogin[]): void {
  if (logins.length === 0) return
  fs.mkdirSync(dataDir, { recursive: true })
  fs.appendFileSync(demoLoginFile(dataDir), `${formatLogins(logins)}\n`, { mode: 0o600 })
}
