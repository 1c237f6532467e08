'use client'

import { useHydrated } from './useHydrated'

/** Decodes what ProtectedEmail encodes: base64 of the address, reversed. */
const decode = (encoded: string) => [...atob(encoded)].reverse().join('')

/**
 * An e-mail address that simple harvesters cannot read: the page carries it
 * only encoded, readable to people as "name (at) verein (punkt) de", and the
 * browser turns it into a working mailto link once it runs the page's script.
 */
export function ProtectedEmailLink({ encoded, readable }: { encoded: string; readable: string }) {
  if (!useHydrated()) return <span dir="ltr">{readable}</span>
  const address = decode(encoded)
  return (
    <a href={`mailto:${address}`} dir="ltr">
      {address}
    </a>
  )
}
