import { NotFoundContent } from '@/components/NotFoundContent'

/** The German 404 page (status 404), for unknown addresses and unpublished content alike. */
export default function NotFound() {
  return <NotFoundContent />
}
