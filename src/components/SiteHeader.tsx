import Link from 'next/link'

import { getNavigation, getSiteSettings } from '@/content/site'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { MenuLink } from './MenuLink'

/**
 * The brand and the main menu from the `navigation` global. On phones the menu
 * wraps below the brand: every item stays one tap away, with no script.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [navigation, settings] = await Promise.all([getNavigation(locale), getSiteSettings(locale)])
  const { t, href } = i18n(locale)
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={href('/')} className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            EVI
          </span>
          {/* The association's name is German in every language. */}
          <span lang="de">{settings.siteName.replace(/ e\.V\.$/, '')}</span>
        </Link>
        <nav aria-label={t.site.mainMenu} className="site-header__nav">
          <ul className="site-header__menu">
            {(navigation.header ?? []).map((item) => (
              <li key={item.id ?? item.href}>
                <MenuLink href={item.href} locale={locale}>
                  {item.label}
                </MenuLink>
              </li>
            ))}
            <li>
              <MenuLink href="/suche" locale={locale}>
                {t.site.search}
              </MenuLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
