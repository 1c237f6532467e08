import type { ReactNode } from 'react'

import { CONSENT_FIELD } from '@/forms/formSubmission'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { Form } from '@/payload-types'

import { RichTextBody } from './RichTextBody'

type Block = NonNullable<Form['fields']>[number]
type Props = { form: Form; action: string; locale: Locale; idPrefix?: string }

/**
 * A form editors built (form builder), as a plain HTML form posting to
 * `action`: it works without script, and the route answers with a page of
 * its own. The labels are the editor's; the consent box appears when the
 * form names a consent text.
 */
export function SiteForm({ form, action, locale, idPrefix = 'formular' }: Props) {
  const { t } = i18n(locale)
  const id = (name: string) => `${idPrefix}-${name}`

  const labelled = (block: Extract<Block, { name: string }>, control: ReactNode) => (
    <div className={`field${block.width && block.width <= 50 ? ' field--half' : ''}`} key={block.id ?? block.name}>
      <label htmlFor={id(block.name)}>
        {block.label || block.name}
        {block.required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
    </div>
  )

  function render(block: Block): ReactNode {
    switch (block.blockType) {
      case 'message':
        return (
          <div className="prose" key={block.id}>
            <RichTextBody data={block.message} />
          </div>
        )
      case 'checkbox':
        return (
          <div className="field field--consent" key={block.id ?? block.name}>
            <label>
              <input type="checkbox" name={block.name} value="ja" defaultChecked={Boolean(block.defaultValue)} required={Boolean(block.required)} /> {block.label || block.name}
            </label>
          </div>
        )
      case 'textarea':
        return labelled(block, <textarea id={id(block.name)} name={block.name} rows={6} required={Boolean(block.required)} maxLength={5000} defaultValue={block.defaultValue ?? undefined} />)
      case 'select':
        return labelled(
          block,
          <select id={id(block.name)} name={block.name} required={Boolean(block.required)} defaultValue={block.defaultValue ?? ''}>
            <option value="">{t.contact.choose}</option>
            {(block.options ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>,
        )
      case 'radio':
        return (
          <fieldset className="field" key={block.id ?? block.name}>
            <legend>{block.label || block.name}</legend>
            {(block.options ?? []).map((option) => (
              <label key={option.value} className="choice">
                <input type="radio" name={block.name} value={option.value} required={Boolean(block.required)} /> {option.label}
              </label>
            ))}
          </fieldset>
        )
      default: {
        const type = { text: 'text', email: 'email', number: 'number', date: 'date' }[block.blockType]
        const autoComplete = block.blockType === 'email' ? 'email' : block.name === 'name' ? 'name' : undefined
        return labelled(
          block,
          <input
            id={id(block.name)}
            name={block.name}
            type={type}
            required={Boolean(block.required)}
            autoComplete={autoComplete}
            defaultValue={'defaultValue' in block && block.defaultValue != null ? String(block.defaultValue) : undefined}
            maxLength={block.blockType === 'text' ? 500 : block.blockType === 'email' ? 254 : undefined}
          />,
        )
      }
    }
  }

  return (
    <form className="form form--grid" method="post" action={action}>
      {(form.fields ?? []).map(render)}
      {form.consentText && (
        <div className="field field--consent field--wide">
          <label>
            <input type="checkbox" name={CONSENT_FIELD} value="ja" required /> {form.consentText}
          </label>
        </div>
      )}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={id('homepage')}>{t.forms.honeypot}</label>
        <input id={id('homepage')} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="field--actions">
        <button type="submit">{form.submitButtonLabel || t.contact.send}</button>
      </p>
    </form>
  )
}
