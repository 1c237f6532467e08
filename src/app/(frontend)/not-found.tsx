import Link from 'next/link'

/** The German 404 page (status 404), for unknown addresses and unpublished content alike. */
export default function NotFound() {
  return (
    <div className="container narrow">
      <h1>Seite nicht gefunden</h1>
      <p>Die aufgerufene Seite gibt es nicht (mehr). Vielleicht wurde sie verschoben oder die Adresse ist falsch geschrieben.</p>
      <ul>
        <li>
          <Link href="/">Zur Startseite</Link>
        </li>
        <li>
          <Link href="/aktuelles">Aktuelle Nachrichten</Link>
        </li>
        <li>
          <Link href="/suche">Zur Suche</Link>
        </li>
      </ul>
    </div>
  )
}
