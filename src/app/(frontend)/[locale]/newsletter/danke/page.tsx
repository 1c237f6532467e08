import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Bitte bestätigen Sie Ihre Anmeldung', robots: { index: false } }

/** After every valid sign-up, whether the address was known or not: the page must not tell. */
export default function SignupThanksPage() {
  return (
    <div className="container narrow">
      <h1>Fast geschafft!</h1>
      <p className="lead">Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir Ihnen gerade geschickt haben.</p>
      <p>
        Erst mit Ihrer Bestätigung erhalten Sie migo. Der Link gilt sieben Tage. Keine E-Mail da? Bitte sehen Sie auch im
        Spam-Ordner nach.
      </p>
      <p>
        <Link href="/">Zur Startseite</Link>
      </p>
    </div>
  )
}
