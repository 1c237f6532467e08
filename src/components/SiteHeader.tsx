import Link from 'next/link'

// The menu moves to the `navigation` global with the content model.
const MENU = [
  { href: '/aktuelles', label: 'Aktuelles' },
  { href: '/mitgliedsvereine', label: 'Mitgliedsvereine' },
  { href: '/migo', label: 'migo' },
  { href: '/ueber-uns', label: 'Über uns' },
]

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          Essener Verbund der Immigrantenvereine
        </Link>
        <nav aria-label="Hauptmenü">
          <ul className="site-header__menu">
            {MENU.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
