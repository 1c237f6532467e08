/**
 * Sending a form that editors built (forms collection): the answers checked
 * against the form's own fields with German messages, the consent box when the
 * form has a consent text, a honeypot and a rate limit as on the other public
 * forms. A valid submission is stored (the plugin then mails the staff
 * addresses the form names, src/collections/Forms/); the public route
 * answers with the form's confirmation.
 */
import type { Payload, TypedLocale } from 'payload'

import { addressIdentity, emailIdentity, type RateLimit, withinRateLimit } from '@/lib/rateLimit'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'
import type { Form } from '@/payload-types'

import { filledByBot } from './honeypot'

/** The largest form body the route reads (the hostile-input limit: ten long answers fit easily). */
export const FORM_MAX_BYTES = 64 * 1024
/** Submissions per IP address (and per e-mail address given) within an hour. */
export const SUBMISSION_LIMIT: RateLimit = { bucket: 'form-submission', limit: 5, windowMs: 60 * 60 * 1000 }
/** The consent checkbox's name; the honeypot's is in honeypot.ts. */
export const CONSENT_FIELD = 'consent'

const MAX_LENGTH = { text: 500, textarea: 5000, email: 254, date: 40, number: 40, select: 200, radio: 200 } as const

type Block = NonNullable<Form['fields']>[number]
type InputBlock = Exclude<Block, { blockType: 'message' }>
export type SubmissionErrors = Record<string, string>
export type SubmissionValue = { field: string; value: string }

const isInput = (block: Block): block is InputBlock => block.blockType !== 'message'

/** Checks one answer; returns the value to store or the German problem. */
function readAnswer(block: InputBlock, raw: FormDataEntryValue | null): { value: string } | { error: string } {
  const text = typeof raw === 'string' ? raw.trim() : ''
  const label = block.label || block.name
  if (block.blockType === 'checkbox') {
    const checked = text === 'ja' || text === 'on' || text === 'true'
    if (block.required && !checked) return { error: `Bitte bestätigen Sie „${label}“.` }
    return { value: checked ? 'ja' : 'nein' }
  }
  if (!text) return block.required ? { error: `Bitte füllen Sie „${label}“ aus.` } : { value: '' }
  const max = MAX_LENGTH[block.blockType]
  if (text.length > max) return { error: `Bitte höchstens ${max} Zeichen.` }
  switch (block.blockType) {
    case 'email':
      return isEmail(text) ? { value: text.toLowerCase() } : { error: EMAIL_MESSAGE }
    case 'number':
      return Number.isFinite(Number(text.replace(',', '.'))) ? { value: text } : { error: 'Bitte eine Zahl angeben.' }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? { value: text } : { error: 'Bitte ein Datum angeben.' }
    case 'select':
    case 'radio':
      return (block.options ?? []).some((option) => option.value === text) ? { value: text } : { error: 'Bitte eine der angebotenen Möglichkeiten wählen.' }
    default:
      return { value: text }
  }
}

/** Reads the answers to the form's fields (everything else is ignored), reporting every problem at once. */
export function readSubmission(form: Pick<Form, 'fields' | 'consentText'>, data: FormData): { values: SubmissionValue[]; errors: SubmissionErrors } {
  const values: SubmissionValue[] = []
  const errors: SubmissionErrors = {}
  for (const block of (form.fields ?? []).filter(isInput)) {
    const answer = readAnswer(block, data.get(block.name))
    if ('error' in answer) errors[block.name] = answer.error
    else if (answer.value) values.push({ field: block.name, value: answer.value })
  }
  if (form.consentText && data.get(CONSENT_FIELD) !== 'ja') {
    errors[CONSENT_FIELD] = 'Bitte bestätigen Sie mit dem Häkchen, dass wir Ihre Angaben dafür speichern dürfen.'
  }
  return { values, errors }
}

/** The German labels of a form's fields, for the answer without script (src/forms/answer.ts). */
export const submissionLabels = (form: Pick<Form, 'fields'>): Record<string, string> => ({
  ...Object.fromEntries((form.fields ?? []).filter(isInput).map((block) => [block.name, block.label || block.name])),
  [CONSENT_FIELD]: 'Einwilligung',
})

export type SubmissionOutcome =
  | { kind: 'accepted'; confirmation: { type: 'message'; message: Form['confirmationMessage'] } | { type: 'redirect'; url: string } }
  | { kind: 'invalid'; errors: SubmissionErrors }
  | { kind: 'not-found' }
  | { kind: 'rate-limited' }

const confirmationOf = (form: Form): Extract<SubmissionOutcome, { kind: 'accepted' }>['confirmation'] =>
  form.confirmationType === 'redirect' && form.redirect?.url ? { type: 'redirect', url: form.redirect.url } : { type: 'message', message: form.confirmationMessage }

/** The form a public page shows, in the reader's language, without its mail settings (staff only). */
export async function findPublicForm(payload: Payload, slug: string, locale?: TypedLocale): Promise<Form | null> {
  const { docs } = await payload.find({ collection: 'forms', where: { slug: { equals: slug } }, limit: 1, depth: 0, locale, overrideAccess: false })
  return docs[0] ?? null
}

/**
 * Handles one submission of the form `formSlug`. A filled-in honeypot is
 * answered like a success and stores (and mails) nothing.
 */
export async function submitForm(
  payload: Payload,
  { formSlug, data, clientIp, locale = 'de' }: { formSlug: string; data: FormData; clientIp: string; locale?: TypedLocale },
): Promise<SubmissionOutcome> {
  const form = await findPublicForm(payload, formSlug, locale)
  if (!form) return { kind: 'not-found' }
  if (filledByBot(data)) return { kind: 'accepted', confirmation: confirmationOf(form) }
  const { values, errors } = readSubmission(form, data)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const emails = values.filter((v) => (form.fields ?? []).some((b) => b.blockType === 'email' && b.name === v.field) && v.value)
  const allowed = await withinRateLimit(payload, SUBMISSION_LIMIT, [addressIdentity(clientIp), ...emails.map((v) => emailIdentity(String(v.value)))])
  if (!allowed) return { kind: 'rate-limited' }

  await payload.create({
    collection: 'form-submissions',
    data: { form: form.id, submissionData: values, consent: form.consentText || null, locale },
    locale,
    depth: 0,
    overrideAccess: true,
  })
  return { kind: 'accepted', confirmation: confirmationOf(form) }
}
