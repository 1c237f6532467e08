import { getNavigation, getSiteSettings } from '@/content/site'
import type { Locale } from '@/i18n/locales'

import { MenuLink } from './MenuLink'
import { SocialLinks } from './SocialLinks'

/** Contact, social links and the footer menu (legal pages) from the globals. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [navigation, settings] = await Promise.all([getNavigation(locale), getSiteSettings(locale)])
  const { contact } = settings
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{settings.siteName}</p>
          {contact?.address && <p className="site-footer__address">{contact.address}</p>}
          {contact?.email && (
            <p>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
          {contact?.phone && <p>{contact.phone}</p>}
        </div>
        <div>
          <h2 className="site-footer__heading">Folgen Sie uns</h2>
          <SocialLinks links={settings.socialLinks} />
        </div>
        <nav aria-label="Rechtliches und Kontakt">
          <ul className="site-footer__links">
            {(navigation.footer ?? []).map((item) => (
              <li key={item.id ?? item.href}>
                <MenuLink href={item.href}>{item.label}</MenuLink>
              </li>
            ))}
            <li>
              <a href="/feed.xml">RSS-Feed</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
