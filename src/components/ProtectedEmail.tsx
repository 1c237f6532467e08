import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { ProtectedEmailLink } from './ProtectedEmail.client'

/** "info (at) verein-essen (punkt) de": the address as a person reads it aloud, in the reader's language. */
export const readableEmail = (email: string, at = '(at)', dot = '(punkt)') => email.replace('@', ` ${at} `).replace(/\./g, ` ${dot} `)
const encode = (email: string) => Buffer.from([...email].reverse().join('')).toString('base64')

/** An e-mail address shown without handing it to harvesters in plain text (see ProtectedEmailLink). */
export function ProtectedEmail({ email, locale }: { email: string; locale: Locale }) {
  const { profile } = i18n(locale).t
  return <ProtectedEmailLink encoded={encode(email)} readable={readableEmail(email, profile.emailAt, profile.emailDot)} />
}
