/**
 * Staff reset a forgotten password by e-mail. Without SMTP configured the mail
 * is written to the outbox folder, where a developer can open it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

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
  const token = /reset\/([a-f0-9]{20,})/.exec(mail.replace(/=\r?\n/g, ''))?.[1]
  expect(token).toBeTruthy()

  await payload.resetPassword({ collection: 'users', data: { token: token!, password: 'ein-neues-passwort-42' }, overrideAccess: true })
  const login = await payload.login({ collection: 'users', data: { email: user.email, password: 'ein-neues-passwort-42' } })
  expect(login.user?.id).toBe(user.id)
})
