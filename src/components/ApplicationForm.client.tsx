'use client'

import { useRef, useState, type FormEvent, type ReactNode } from 'react'

import { useHydrated } from './useHydrated'

type Option = { value: string; label: string }
type Group = { label: string; options: Option[] }
type Props = {
  action: string
  labels: Record<string, string>
  countries: Option[]
  languages: Option[]
  fields: Option[]
  districts: Group[]
  honeypot: string
}

/**
 * "Verein eintragen". A plain form that posts to `action` and works without
 * script; with script it sends in the background and shows each problem next
 * to its field, keeping what was typed.
 */
export function ApplicationForm({ action, labels, countries, languages, fields, districts, honeypot }: Props) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [sending, setSending] = useState(false)
  const summary = useRef<HTMLDivElement>(null)
  // With script the server checks and answers field by field, in German; without it the browser's own checks come first.
  const hydrated = useHydrated()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSending(true)
    try {
      const response = await fetch(action, { method: 'POST', body: new FormData(event.currentTarget), headers: { accept: 'application/json' } })
      const body = (await response.json()) as { ok: boolean; redirect?: string; message?: string; errors?: Record<string, string> }
      if (body.ok && body.redirect) return window.location.assign(body.redirect)
      setErrors(body.errors ?? {})
      setMessage(body.message ?? 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.')
    } catch {
      setErrors({})
      setMessage('Die Verbindung ist unterbrochen. Bitte versuchen Sie es noch einmal.')
    } finally {
      setSending(false)
      requestAnimationFrame(() => summary.current?.focus())
    }
  }

  /** A labelled control with its error message wired up for screen readers. */
  const field = (name: string, control: (a11y: object) => ReactNode, hint?: string, required = false) => {
    const error = errors[name]
    const described = [hint && `${name}-hinweis`, error && `${name}-fehler`].filter(Boolean).join(' ') || undefined
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={`antrag-${name}`}>
          {labels[name]}
          {required && <span aria-hidden="true"> *</span>}
        </label>
        {hint && (
          <p id={`${name}-hinweis`} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${name}-fehler`} className="error">
            {error}
          </p>
        )}
        {control({ id: `antrag-${name}`, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, required: required || undefined })}
      </div>
    )
  }
  const hasProblems = message !== ''

  return (
    <form action={action} method="post" onSubmit={submit} noValidate={hydrated} className="application-form">
      <div ref={summary} tabIndex={-1} role={hasProblems ? 'alert' : undefined} className={hasProblems ? 'error-summary' : undefined}>
        {hasProblems && (
          <>
            <p>
              <strong>{message}</strong>
            </p>
            {Object.keys(errors).length > 0 && (
              <ul>
                {Object.entries(errors).map(([name, text]) => (
                  <li key={name}>
                    <a href={`#antrag-${name}`}>
                      {labels[name]}: {text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      <fieldset>
        <legend>Der Verein</legend>
        {field('name', (a) => <input type="text" maxLength={120} autoComplete="organization" {...a} />, undefined, true)}
        {field('shortDescription', (a) => <textarea rows={3} maxLength={300} {...a} />, 'Was macht Ihr Verein? Ein, zwei Sätze.', true)}
        {field('countries', (a) => (
          <select multiple size={6} {...a}>
            {countries.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ), 'Mehrere mit gedrückter Strg-Taste (am Smartphone durch Antippen).')}
        {field('community', (a) => <input type="text" maxLength={80} {...a} />, 'Für Gemeinschaften ohne eigenen Staat, z. B. „Kurdisch“ oder „Roma“.')}
        <fieldset className="checkboxes">
          <legend>{labels.fields}</legend>
          {errors.fields && <p className="error">{errors.fields}</p>}
          {fields.map((o) => (
            <label key={o.value}>
              <input type="checkbox" name="fields" value={o.value} /> {o.label}
            </label>
          ))}
        </fieldset>
        {field('languages', (a) => (
          <select multiple size={6} {...a}>
            {languages.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ), 'In welchen Sprachen ist der Verein ansprechbar?')}
        {field('founded', (a) => <input type="text" inputMode="numeric" maxLength={4} {...a} />, 'Das Jahr, z. B. 1998.')}
      </fieldset>

      <fieldset>
        <legend>Wo Sie zu finden sind</legend>
        {field('district', (a) => (
          <select {...a}>
            <option value="">Bitte wählen</option>
            {districts.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        ))}
        {field('street', (a) => <input type="text" maxLength={120} autoComplete="street-address" {...a} />)}
        {field('postalCode', (a) => <input type="text" inputMode="numeric" maxLength={5} autoComplete="postal-code" {...a} />)}
        {field('city', (a) => <input type="text" maxLength={80} defaultValue="Essen" autoComplete="address-level2" {...a} />)}
      </fieldset>

      <fieldset>
        <legend>Kontakt</legend>
        {field('person', (a) => <input type="text" maxLength={120} autoComplete="name" {...a} />, undefined, true)}
        {field('email', (a) => <input type="email" maxLength={254} autoComplete="email" {...a} />, undefined, true)}
        {field('phone', (a) => <input type="tel" maxLength={40} autoComplete="tel" {...a} />)}
        {field('website', (a) => <input type="url" maxLength={300} placeholder="https://" {...a} />)}
      </fieldset>

      {/* Bots fill in every field; people never see this one. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="antrag-homepage">Bitte leer lassen</label>
        <input id="antrag-homepage" type="text" name={honeypot} tabIndex={-1} autoComplete="off" />
      </div>

      <div className={`field field--consent${errors.consent ? ' field--error' : ''}`}>
        {errors.consent && (
          <p id="consent-fehler" className="error">
            {errors.consent}
          </p>
        )}
        <label>
          <input
            id="antrag-consent"
            type="checkbox"
            name="consent"
            value="ja"
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'consent-fehler' : undefined}
          />{' '}
          Ich bin berechtigt, für den Verein zu sprechen, und bin einverstanden, dass der Verbund diese Angaben zur Prüfung
          speichert. Veröffentlicht wird erst nach Rücksprache. *
        </label>
      </div>
      <p className="hint">Felder mit * sind Pflichtfelder.</p>
      <button type="submit" disabled={sending}>
        {sending ? 'Wird gesendet …' : 'Verein anmelden'}
      </button>
    </form>
  )
}
