import Link from 'next/link'
import type { ReactNode } from 'react'

import { localizedPath, type Locale } from '@/i18n/locales'

/** A menu entry: site paths (German, as editors enter them) in the reader's language through Next's Link, other addresses as plain links. */
export function MenuLink({ href, locale, children }: { href: string; locale: Locale; children: ReactNode }) {
  if (/^https?:\/\//.test(href)) return <a href={href}>{children}</a>
  return <Link href={localizedPath(href, locale)}>{children}</Link>
}
