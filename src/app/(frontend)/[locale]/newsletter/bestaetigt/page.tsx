import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Anmeldung bestätigt', robots: { index: false } }

export default function SubscriptionConfirmedPage() {
  return (
    <div className="container narrow">
      <h1>Vielen Dank – Ihre Anmeldung ist bestätigt</h1>
      <p className="lead">Sie erhalten migo ab der nächsten Ausgabe einmal im Monat per E-Mail.</p>
      <p>Abmelden können Sie sich jederzeit mit einem Klick über den Link in jeder E-Mail.</p>
      <p>
        <Link href="/aktuelles">Zu den aktuellen Nachrichten</Link>
      </p>
    </div>
  )
}
