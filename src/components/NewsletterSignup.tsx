import Link from 'next/link'

import { DEFAULT_MAIL_LANGUAGE, MAIL_LANGUAGE_OPTIONS, type MailLanguage } from '@/email/i18n'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { CONSENT_WORDING } from '@/forms/newsletterConsent'
import { NEWSLETTER_PATHS } from '@/lib/paths'

type Props = {
  /** The path of the page the form is on, kept in the consent record. */
  source: string
  /** Distinguishes the ids when a page shows the form more than once. */
  idPrefix?: string
  /** The page's language: preselected as the language of the mails (German when none is given). */
  language?: MailLanguage
}

/**
 * The migo sign-up: an address, the language of the mails and the consent
 * checkbox with its full wording.
 * A plain form that works without script; the server answers every valid
 * sign-up alike and sends the confirmation mail (double opt-in).
 */
export function NewsletterSignup({ source, idPrefix = 'migo-abo', language = DEFAULT_MAIL_LANGUAGE }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form action={NEWSLETTER_PATHS.signup} method="post" className="newsletter-form">
      <input type="hidden" name="source" value={source} />
      <div className="field">
        <label htmlFor={id('email')}>Ihre E-Mail-Adresse</label>
        <input id={id('email')} type="email" name="email" required maxLength={254} autoComplete="email" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={id('sprache')}>Sprache von migo</label>
        <select id={id('sprache')} name="language" defaultValue={language}>
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
        <label htmlFor={id('homepage')}>Bitte leer lassen</label>
        <input id={id('homepage')} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field field--consent">
        <label>
          <input type="checkbox" name="consent" value="ja" required aria-describedby={id('datenschutz')} /> {CONSENT_WORDING}
        </label>
        <p id={id('datenschutz')} className="hint">
          Mehr dazu in unserer <Link href="/datenschutz">Datenschutzerklärung</Link>.
        </p>
      </div>
      <button type="submit">migo kostenlos abonnieren</button>
    </form>
  )
}
