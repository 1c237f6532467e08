import Link from 'next/link'

import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'

import { NewsletterSignup } from './NewsletterSignup'
import { SocialLinks } from './SocialLinks'

/**
 * The three fixed boxes under every article: migo with its sign-up form, the
 * Verbund in one paragraph, social media. `path` is the article's, for the
 * sign-up's consent record.
 */
export function ArticleBoxes({ settings, path, locale }: { settings: SiteSetting; path: string; locale: Locale }) {
  const { t, href } = i18n(locale)
  return (
    <aside className="boxes" aria-label={t.article.boxes}>
      <section className="box box--migo" aria-labelledby="box-migo">
        <h2 id="box-migo">{t.article.migoBox}</h2>
        <p>{t.article.migoBoxText}</p>
        <NewsletterSignup source={href(path)} locale={locale} />
        <p>
          <Link href={href('/migo')}>{t.article.earlierIssues}</Link>
        </p>
      </section>
      <section className="box" aria-labelledby="box-verbund">
        <h2 id="box-verbund">{t.article.aboutBox}</h2>
        {settings.about && <p>{settings.about}</p>}
        <p>
          <Link href={href('/ueber-uns')}>{t.article.moreAboutUs}</Link>
        </p>
      </section>
      {settings.socialLinks?.length ? (
        <section className="box" aria-labelledby="box-social">
          <h2 id="box-social">{t.site.followUs}</h2>
          <SocialLinks links={settings.socialLinks} />
        </section>
      ) : null}
    </aside>
  )
}
