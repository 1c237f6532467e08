import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Vielen Dank', robots: { index: false } }

export default function ThanksPage() {
  return (
    <div className="container narrow">
      <h1>Vielen Dank für Ihre Anmeldung</h1>
      <p>
        Wir haben Ihre Angaben erhalten. Die Geschäftsstelle prüft den Antrag und meldet sich bei Ihnen. Ihr Verein
        erscheint im Verzeichnis, sobald die Aufnahme bestätigt ist.
      </p>
      <p>
        <Link href="/mitgliedsvereine">Zurück zu den Mitgliedsvereinen</Link>
      </p>
    </div>
  )
}
