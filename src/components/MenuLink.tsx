import Link from 'next/link'
import type { ReactNode } from 'react'

/** A menu entry: site paths through Next's Link, other addresses as plain links. */
export function MenuLink({ href, children }: { href: string; children: ReactNode }) {
  if (/^https?:\/\//.test(href)) return <a href={href}>{children}</a>
  return <Link href={href}>{children}</Link>
}
