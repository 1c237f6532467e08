import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>Essener Verbund der Immigrantenvereine e.V. – Dachverband der Migrantenorganisationen in Essen seit 2000</p>
        <nav aria-label="Rechtliches">
          <ul className="site-footer__links">
            <li>
              <Link href="/impressum">Impressum</Link>
            </li>
            <li>
              <Link href="/datenschutz">Datenschutz</Link>
            </li>
            <li>
              <Link href="/kontakt">Kontakt</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
