import Link from 'next/link'

export default function HomePage() {
  return (
    <div className="container">
      <section className="hero" aria-labelledby="willkommen">
        <h1 id="willkommen">Essener Verbund der Immigrantenvereine</h1>
        <p className="lead">
          Der Dachverband von über 70 Migrantenorganisationen aus über 20 Herkunftsländern in Essen – seit dem
          Jahr 2000.
        </p>
        <p>
          <Link className="button" href="/aktuelles">
            Aktuelle Nachrichten lesen
          </Link>
        </p>
      </section>
    </div>
  )
}
