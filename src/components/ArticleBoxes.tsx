import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

import { NewsletterSignup } from './NewsletterSignup'
import { SocialLinks } from './SocialLinks'

/**
 * The three fixed boxes under every article: migo with its sign-up form, the
 * Verbund in one paragraph, social media. `path` is the article's, for the
 * sign-up's consent record.
 */
export function ArticleBoxes({ settings, path }: { settings: SiteSetting; path: string }) {
  return (
    <aside className="boxes" aria-label="Mehr vom Verbund">
      <section className="box box--migo" aria-labelledby="box-migo">
        <h2 id="box-migo">migo – unser Magazin</h2>
        <p>
          Einmal im Monat: Migration, Integration, Gesellschaft und Ökonomie in Essen – Neuigkeiten aus den Vereinen,
          Recht, Bildung, Gesundheit und Politik.
        </p>
        <NewsletterSignup source={path} />
        <p>
          <Link href="/migo">Frühere Ausgaben lesen</Link>
        </p>
      </section>
      <section className="box" aria-labelledby="box-verbund">
        <h2 id="box-verbund">Der Verbund</h2>
        {settings.about && <p>{settings.about}</p>}
        <p>
          <Link href="/ueber-uns">Mehr über uns</Link>
        </p>
      </section>
      {settings.socialLinks?.length ? (
        <section className="box" aria-labelledby="box-social">
          <h2 id="box-social">Folgen Sie uns</h2>
          <SocialLinks links={settings.socialLinks} />
        </section>
      ) : null}
    </aside>
  )
}
