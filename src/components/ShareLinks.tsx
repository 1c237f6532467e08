import { CopyLinkButton } from './CopyLinkButton.client'

/** Sharing as plain links (WhatsApp, Telegram, Facebook, e-mail) and a copy button: no third-party script. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const targets = [
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'E-Mail', href: `mailto:?subject=${t}&body=${u}` },
  ]
  return (
    <section className="share" aria-labelledby="teilen">
      <h2 id="teilen" className="share__heading">
        Beitrag teilen
      </h2>
      <ul className="share__list">
        {targets.map((target) => (
          <li key={target.label}>
            <a href={target.href} rel="noopener nofollow" target={target.label === 'E-Mail' ? undefined : '_blank'}>
              {target.label}
              {target.label !== 'E-Mail' && <span className="visually-hidden"> (öffnet ein neues Fenster)</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  )
}
