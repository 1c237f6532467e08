import type { Metadata } from 'next'

import { NewsletterSignup } from '@/components/NewsletterSignup'
import { NEWSLETTER_PATHS } from '@/lib/paths'

export const metadata: Metadata = { title: 'Link nicht mehr gültig', robots: { index: false } }

/** Where an expired, used or mangled confirmation link leads (a page cannot answer 4xx; the link's route redirects here). */
export default function InvalidLinkPage() {
  return (
    <div className="container narrow">
      <h1>Dieser Bestätigungslink gilt nicht mehr</h1>
      <p className="lead">
        Der Link ist abgelaufen, wurde schon verwendet oder ist nicht vollständig. Haben Sie Ihre Anmeldung bereits
        bestätigt, ist alles in Ordnung – Sie müssen nichts weiter tun.
      </p>
      <h2>Noch einmal anmelden</h2>
      <p>Sie erhalten dann eine neue E-Mail mit einem neuen Link.</p>
      <NewsletterSignup source={NEWSLETTER_PATHS.invalidLink} />
    </div>
  )
}
