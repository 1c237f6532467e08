import Link from 'next/link'

/** What a reader sees for an address that leads nowhere: where to go instead. */
export function NotFoundContent() {
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
