/**
 * Staff reset a forgotten password by e-mail. Without SMTP configured the mail
 * is written to the outbox folder, where a developer can open it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-outbox-'))

beforeAll(async () => {
  process.env.MAIL_OUTBOX_DIR = outbox
  payload = await testPayload()
})

it('a reset link is mailed, and it sets a new password', async () => {
  const user = await createUser(payload, 'editor', 'Vergesslich')
  await payload.forgotPassword({ collection: 'users', data: { email: user.email } })

  const mails = fs.readdirSync(outbox).filter((name) => name.endsWith('.eml'))
  expect(mails).toHaveLength(1)
  const mail = fs.readFileSync(path.join(outbox, mails[0]), 'utf8')
  expect(mail).toContain(`To: ${user.email}`)
  const parsed = await simpleParser(mail)
  expect(parsed.subject).toBe('Passwort zurücksetzen')
  // The site's mail frame, with its language, direction and title like every other mail.
  expect(String(parsed.html)).toMatch(/<html[^>]*\slang="de"/)
  expect(String(parsed.html)).toMatch(/<html[^>]*\sdir="ltr"/)
  expect(String(parsed.html)).toContain('<title>Passwort zurücksetzen</title>')
  const token = /\/admin\/reset\/([a-f0-9]{20,})/.exec(String(parsed.html))?.[1]
  expect(token).toBeTruthy()

  await payload.resetPassword({ collection: 'users', data: { token: token!, password: 'ein-neues-passwort-42' }, overrideAccess: true })
  const login = await payload.login({ collection: 'users', data: { email: user.email, password: 'ein-neues-passwort-42' } })
  expect(login.user?.id).toBe(user.id)
})
