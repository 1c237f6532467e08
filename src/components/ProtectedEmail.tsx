import { ProtectedEmailLink } from './ProtectedEmail.client'

/** "info (at) verein-essen (punkt) de": the address as a person reads it aloud. */
export const readableEmail = (email: string) => email.replace('@', ' (at) ').replace(/\./g, ' (punkt) ')
const encode = (email: string) => Buffer.from([...email].reverse().join('')).toString('base64')

/** An e-mail address shown without handing it to harvesters in plain text (see ProtectedEmailLink). */
export function ProtectedEmail({ email }: { email: string }) {
  return <ProtectedEmailLink encoded={encode(email)} readable={readableEmail(email)} />
}
