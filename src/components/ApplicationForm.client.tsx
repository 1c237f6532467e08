'use client'

import { useRef, useState, type FormEvent, type ReactNode } from 'react'

import type { Messages } from '@/i18n'

import { useHydrated } from './useHydrated'

type Option = { value: string; label: string }
type Group = { label: string; options: Option[] }
/** The form's texts in the page's language (src/i18n/<lang>.ts), passed from the server. */
export type ApplicationTexts = Omit<Messages['application'], 'errors'> & { honeypot: string }
type Props = {
  action: string
  texts: ApplicationTexts
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
export function ApplicationForm({ action, texts, countries, languages, fields, districts, honeypot }: Props) {
  const { labels, hints } = texts
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
      setMessage(body.message ?? texts.failed)
    } catch {
      setErrors({})
      setMessage(texts.offline)
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
          {labels[name as keyof typeof labels]}
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
                      {labels[name as keyof typeof labels]}: {text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      <fieldset>
        <legend>{texts.organisation}</legend>
        {field('name', (a) => <input type="text" maxLength={120} autoComplete="organization" dir="auto" {...a} />, undefined, true)}
        {field('shortDescription', (a) => <textarea rows={3} maxLength={300} dir="auto" {...a} />, hints.shortDescription, true)}
        {field('countries', (a) => (
          <select multiple size={6} {...a}>
            {countries.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ), hints.countries)}
        {field('community', (a) => <input type="text" maxLength={80} dir="auto" {...a} />, hints.community)}
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
        ), hints.languages)}
        {field('founded', (a) => <input type="text" inputMode="numeric" maxLength={4} {...a} />, hints.founded)}
      </fieldset>

      <fieldset>
        <legend>{texts.location}</legend>
        {field('district', (a) => (
          <select {...a}>
            <option value="">{texts.choose}</option>
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
        {field('street', (a) => <input type="text" maxLength={120} autoComplete="street-address" dir="auto" {...a} />)}
        {field('postalCode', (a) => <input type="text" inputMode="numeric" maxLength={5} autoComplete="postal-code" {...a} />)}
        {field('city', (a) => <input type="text" maxLength={80} defaultValue="Essen" autoComplete="address-level2" {...a} />)}
      </fieldset>

      <fieldset>
        <legend>{texts.contact}</legend>
        {field('person', (a) => <input type="text" maxLength={120} autoComplete="name" dir="auto" {...a} />, undefined, true)}
        {field('email', (a) => <input type="email" maxLength={254} autoComplete="email" dir="ltr" {...a} />, undefined, true)}
        {field('phone', (a) => <input type="tel" maxLength={40} autoComplete="tel" dir="ltr" {...a} />)}
        {field('website', (a) => <input type="url" maxLength={300} placeholder="https://" dir="ltr" {...a} />)}
      </fieldset>

      {/* Bots fill in every field; people never see this one. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="antrag-homepage">{texts.honeypot}</label>
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
          {texts.consent} *
        </label>
      </div>
      <p className="hint">{texts.required}</p>
      <button type="submit" disabled={sending}>
        {sending ? texts.sending : texts.submit}
      </button>
    </form>
  )
}
