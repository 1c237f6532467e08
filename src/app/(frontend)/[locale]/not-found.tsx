import { NotFoundContent } from '@/components/NotFoundContent'
import { requestLocale } from '@/i18n/params'

/** The 404 page (status 404) in the reader's language, for unknown addresses and unpublished content alike. */
export default async function NotFound() {
  return <NotFoundContent locale={await requestLocale()} />
}
