import type { SiteSetting } from '@/payload-types'

/** Plain links to the association's social-media pages: no embedded plugin, no tracking. */
export function SocialLinks({ links }: { links: SiteSetting['socialLinks'] }) {
  if (!links?.length) return null
  return (
    <ul className="social-links">
      {links.map((link) => (
        <li key={link.id ?? link.url}>
          <a href={link.url} rel="me noopener">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
