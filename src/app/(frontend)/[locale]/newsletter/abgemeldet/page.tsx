import type { Metadata } from 'next'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { NEWSLETTER_PATHS } from '@/lib/paths'

export const metadata: Metadata = { title: 'Sie sind abgemeldet', robots: { index: false } }

export default function UnsubscribedPage() {
  return (
    <div className="container narrow">
      <h1>Sie sind abgemeldet</h1>
      <p className="lead">Sie erhalten migo nicht mehr. Schade, dass Sie gehen – danke fürs Lesen!</p>
      <h2>War das ein Versehen?</h2>
      <p>Dann melden Sie sich hier einfach wieder an. Sie erhalten eine E-Mail, mit der Sie die Anmeldung bestätigen.</p>
      <NewsletterSignup source={NEWSLETTER_PATHS.unsubscribed} />
    </div>
  )
}
