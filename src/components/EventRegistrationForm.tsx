import type { RegistrationState } from '@/content/events'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { REGISTRATION_LABELS } from '@/forms/eventRegistration'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

type Props = { action: string; state: RegistrationState; consent: string; locale: Locale }

/**
 * The site's own registration form: a plain form posting to the event's
 * `anmelden` route, which answers with a page of its own (no script needed).
 * Shows the places left, or that a registration now lands on the waiting
 * list. The form's fields and the answers are German (the route's wording).
 */
export function EventRegistrationForm({ action, state, consent, locale }: Props) {
  const { t, count } = i18n(locale)
  if (!state.open) return <p className="notice">{state.message}</p>
  const waiting = state.placesLeft === 0
  const field = (name: 'name' | 'email' | 'phone', type: string, required: boolean, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`anmeldung-${name}`}>
        {REGISTRATION_LABELS[name]}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input id={`anmeldung-${name}`} name={name} type={type} required={required} autoComplete={autoComplete} maxLength={name === 'email' ? 254 : 120} />
    </div>
  )
  return (
    <>
      <p className="notice">
        {waiting ? t.events.waitingList : count(t.events.placesLeft, state.placesLeft)}
      </p>
      <form className="form" method="post" action={action} lang="de" dir="ltr">
        {field('name', 'text', true, 'name')}
        {field('email', 'email', true, 'email')}
        {field('phone', 'tel', false, 'tel')}
        <div className="field">
          <label htmlFor="anmeldung-note">{REGISTRATION_LABELS.note}</label>
          <textarea id="anmeldung-note" name="note" rows={3} maxLength={1000} />
        </div>
        <div className="field field--consent">
          <label>
            <input type="checkbox" name="consent" value="ja" required /> {consent}
          </label>
        </div>
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="anmeldung-homepage">{t.forms.honeypot}</label>
          <input id="anmeldung-homepage" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p className="field--actions">
          <button type="submit">{waiting ? t.events.registerWaiting : t.events.register}</button>
        </p>
      </form>
    </>
  )
}
