import { NextResponse, type NextRequest } from 'next/server'

import { internalUrl, LANGUAGE_HEADER } from './server/language'

/**
 * `next dev` has no front server: this does its language mapping
 * (src/server/language.ts), so `/aktuelles` renders as `/de/aktuelles` there
 * too. Behind the front server (production) every mapped request already
 * carries the language header, and the matcher leaves it alone.
 */
export function proxy(request: NextRequest) {
  const mapped = internalUrl(request.nextUrl.pathname + request.nextUrl.search)
  if (!mapped) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set(LANGUAGE_HEADER, mapped.locale)
  return NextResponse.rewrite(new URL(mapped.url, request.url), { request: { headers } })
}

export const config = {
  matcher: [
    {
      // What src/server/language.ts leaves unmapped (UNLOCALIZED): whole path segments, so "/administration" is a page.
      source:
        '/((?!(?:admin|api|_next|preview|newsletter/anmelden|newsletter/bestaetigen|newsletter/abmelden)(?:/|$)|(?:sitemap\\.xml|robots\\.txt|favicon\\.ico|icon\\.png|og-default\\.png)$).*)',
      missing: [{ type: 'header', key: 'x-evi-language' }],
    },
  ],
}
