import Link from 'next/link'

import { MAIL_LANGUAGE_OPTIONS } from '@/email/i18n'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { consentWording, FORM_LOCALE_FIELD } from '@/forms/newsletterConsent'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { rich } from '@/i18n/rich'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = {
  /** The path of the page the form is on, kept in the consent record. */
  source: string
  /** The page's language: the form's texts, the consent wording recorded, the answers, and the mails' language preselected. */
  locale: Locale
  /** Distinguishes the ids when a page shows the form more than once. */
  idPrefix?: string
}

/**
 * The migo sign-up: an address, the language of the mails and the consent
 * checkbox with its full wording, in the page's language. A plain form that
 * works without script; the server answers every valid sign-up alike (in the
 * page's language, carried by the hidden `locale` field) and sends the
 * confirmation mail (double opt-in) in the language chosen.
 */
export function NewsletterSignup({ source, locale, idPrefix = 'migo-abo' }: Props) {
  const { t, href } = i18n(locale)
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form action={NEWSLETTER_PATHS.signup} method="post" className="newsletter-form">
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name={FORM_LOCALE_FIELD} value={locale} />
      <div className="field">
        <label htmlFor={id('email')}>{t.newsletter.email}</label>
        <input id={id('email')} type="email" name="email" required maxLength={254} autoComplete="email" spellCheck={false} dir="ltr" />
      </div>
      <div className="field">
        <label htmlFor={id('sprache')}>{t.newsletter.mailLanguage}</label>
        <select id={id('sprache')} name="language" defaultValue={locale}>
          {MAIL_LANGUAGE_OPTIONS.map((option) => (
            // Each language is named in itself, so readers find theirs; `lang` lets screen readers say it right.
            <option key={option.value} value={option.value} lang={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {/* Bots fill in every field; people never see this one. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={id('homepage')}>{t.forms.honeypot}</label>
        <input id={id('homepage')} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field field--consent">
        <label>
          <input type="checkbox" name="consent" value="ja" required aria-describedby={id('datenschutz')} /> {consentWording(locale)}
        </label>
        <p id={id('datenschutz')} className="hint">
          {rich(t.newsletter.privacy, { link: <Link href={href('/datenschutz')}>{t.newsletter.privacyLink}</Link> })}
        </p>
      </div>
      <button type="submit">{t.newsletter.submit}</button>
    </form>
  )
}
