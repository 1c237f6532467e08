import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { CopyLinkButton } from './CopyLinkButton.client'

/** Sharing as plain links (WhatsApp, Telegram, Facebook, e-mail) and a copy button: no third-party script. */
export function ShareLinks({ url, title, locale }: { url: string; title: string; locale: Locale }) {
  const { t } = i18n(locale)
  const u = encodeURIComponent(url)
  const ti = encodeURIComponent(title)
  const targets = [
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`, window: true },
    { label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${ti}`, window: true },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, window: true },
    { label: t.article.email, href: `mailto:?subject=${ti}&body=${u}`, window: false },
  ]
  return (
    <section className="share" aria-labelledby="teilen">
      <h2 id="teilen" className="share__heading">
        {t.article.share}
      </h2>
      <ul className="share__list">
        {targets.map((target) => (
          <li key={target.label}>
            <a href={target.href} rel="noopener nofollow" target={target.window ? '_blank' : undefined}>
              {target.label}
              {target.window && <span className="visually-hidden"> {t.site.newWindow}</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} label={t.article.copyLink} copied={t.article.copied} />
        </li>
      </ul>
    </section>
  )
}
