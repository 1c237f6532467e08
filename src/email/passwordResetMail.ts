/**
 * Payload's own reset mail is an HTML fragment (no language, no title); this
 * one uses the frame every mail of the site shares (Users collection, auth.forgotPassword).
 */
import type { PayloadRequest } from 'payload'
import { createElement } from 'react'

import { absoluteUrl } from '@/lib/paths'

import { loadImprint } from './imprint'
import { PASSWORD_RESET_SUBJECT, PasswordReset } from './PasswordReset'
import { renderEmail } from './render'

/** Payload's `generateEmailHTML` (its arguments are typed optional; Payload always passes them). */
export async function passwordResetHtml(args?: { req?: PayloadRequest; token?: string }): Promise<string> {
  const { req, token } = args ?? {}
  if (!req || !token) throw new Error('A password reset mail needs the request and the token')
  const { routes, admin } = req.payload.config
  const resetUrl = absoluteUrl(`${routes.admin}${admin.routes.reset}/${token}`)
  const { html } = await renderEmail(createElement(PasswordReset, { resetUrl, imprint: await loadImprint(req.payload) }))
  return html
}

export const passwordResetSubject = () => PASSWORD_RESET_SUBJECT
