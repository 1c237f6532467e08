import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'

export const metadata: Metadata = { title: 'Seite nicht gefunden', robots: { index: false } }

/**
 * The not-found page as a page of its own: the front server sends it, with
 * status 404, whenever a public address leads nowhere (see src/server/errorPages.ts).
 */
export default function NotFoundPage() {
  return <NotFoundContent />
}
