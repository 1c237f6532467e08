import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: i18n(await localeOf(params)).t.notFound.title, robots: { index: false } }
}

/**
 * The not-found page as a page of its own, per language: the front server
 * sends it, with status 404, whenever a public address leads nowhere (see
 * src/server/errorPages.ts).
 */
export default async function NotFoundPage({ params }: Props) {
  return <NotFoundContent locale={await localeOf(params)} />
}
