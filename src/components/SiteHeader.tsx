import Link from 'next/link'

import { getNavigation, getSiteSettings } from '@/content/site'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { MenuLink } from './MenuLink'
import { SubMenu } from './SubMenu.client'

/**
 * The brand and the main menu from the `navigation` global. On phones the menu
 * wraps below the brand: every item stays one tap away, with no script.
 * Entries with sub-menus open as a disclosure (SubMenu.client.tsx).
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [navigation, settings] = await Promise.all([getNavigation(locale), getSiteSettings(locale)])
  const { t, href, format } = i18n(locale)
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
            {(navigation.header ?? []).map((item) => {
              const link = (
                <MenuLink href={item.href} locale={locale}>
                  {item.label}
                </MenuLink>
              )
              if (!item.children?.length) return <li key={item.id ?? item.href}>{link}</li>
              return (
                <SubMenu key={item.id ?? item.href} link={link} toggleLabel={format(t.site.subMenu, { label: item.label })}>
                  {item.children.map((child) => (
                    <li key={child.id ?? child.href}>
                      <MenuLink href={child.href} locale={locale}>
                        {child.label}
                      </MenuLink>
                    </li>
                  ))}
                </SubMenu>
              )
            })}
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
