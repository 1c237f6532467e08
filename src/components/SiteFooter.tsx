import { getNavigation, getSiteSettings } from '@/content/site'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { feedPath } from '@/lib/paths'

import { MenuLink } from './MenuLink'
import { SocialLinks } from './SocialLinks'

/** Contact, social links and the footer menu (legal pages) from the globals. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [navigation, settings] = await Promise.all([getNavigation(locale), getSiteSettings(locale)])
  const { t, href } = i18n(locale)
  const { contact } = settings
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name" lang="de">
            {settings.siteName}
          </p>
          {contact?.address && (
            <p className="site-footer__address" lang="de" dir="auto">
              {contact.address}
            </p>
          )}
          {contact?.email && (
            <p>
              <a href={`mailto:${contact.email}`} dir="ltr">
                {contact.email}
              </a>
            </p>
          )}
          {contact?.phone && (
            <p>
              <bdi dir="ltr">{contact.phone}</bdi>
            </p>
          )}
        </div>
        <div>
          <h2 className="site-footer__heading">{t.site.followUs}</h2>
          <SocialLinks links={settings.socialLinks} />
        </div>
        <nav aria-label={t.site.footerLinks}>
          <ul className="site-footer__links">
            {(navigation.footer ?? []).map((item) => (
              <li key={item.id ?? item.href}>
                <MenuLink href={item.href} locale={locale}>
                  {item.label}
                </MenuLink>
              </li>
            ))}
            <li>
              <a href={href(feedPath())}>{t.site.feed}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
