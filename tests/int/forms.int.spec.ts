/**
 * Forms editors build (plugin-form-builder): the public submit module with
 * German validation, consent, honeypot and rate limit; the mail to the staff
 * address the form names, over SMTP to a real SMTP server process — and never
 * to an address from a submitted field; old submissions deleted by the nightly task.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Form, User } from '@/payload-types'

import { smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

const sink = await startSmtpSink()
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { submitForm, SUBMISSION_LIMIT } = await import('@/forms/formSubmission')

let payload: Payload
let editor: User
let counter = 0
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'admin')
})

const paragraph = (text: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] } })

async function contactForm(extra: Record<string, unknown> = {}): Promise<Form> {
  counter += 1
  return payload.create({
    collection: 'forms',
    user: editor,
    overrideAccess: false,
    data: {
      title: `Kontakt ${counter}`,
      slug: `kontakt-test-${counter}`,
      fields: [
        { blockType: 'text', name: 'name', label: 'Ihr Name', required: true },
        { blockType: 'email', name: 'email', label: 'E-Mail', required: true },
        { blockType: 'select', name: 'topic', label: 'Thema', options: [{ label: 'Mitgliedschaft', value: 'mitgliedschaft' }, { label: 'Termine', value: 'termine' }] },
        { blockType: 'textarea', name: 'message', label: 'Nachricht', required: true },
      ],
      confirmationType: 'message',
      confirmationMessage: paragraph('Vielen Dank, wir melden uns.'),
      consentText: 'Ich bin einverstanden, dass meine Angaben zur Beantwortung gespeichert werden.',
      emails: [{ emailTo: 'buero@evi-essen.example', replyTo: '{{email}}', subject: 'Kontaktformular: {{topic}}', message: paragraph('Nachricht von {{name}}: {{message}}') }],
      ...extra,
    } as never,
  })
}

let sender = 0
function answers(fields: Record<string, string> = {}) {
  sender += 1
  const data = new FormData()
  for (const [name, value] of Object.entries({ name: 'Ayşe Yılmaz', email: `ayse-${sender}@beispiel.de`, topic: 'termine', message: 'Gibt es noch Plätze?', consent: 'ja', homepage: '', ...fields })) data.set(name, value)
  return { data, clientIp: `192.0.2.${sender % 250}` }
}

const submissionsOf = async (form: Form) => (await payload.find({ collection: 'form-submissions', where: { form: { equals: form.id } } })).docs

describe('sending a form', () => {
  it('stores the answers and mails them to the staff address the form names, reply-to the sender', async () => {
    const form = await contactForm()
    const before = sink.received.length
    const input = answers()
    const outcome = await submitForm(payload, { formSlug: form.slug!, ...input })
    expect(outcome).toMatchObject({ kind: 'accepted', confirmation: { type: 'message' } })
    const [stored] = await submissionsOf(form)
    expect(stored.submissionData?.map((v) => [v.field, v.value])).toEqual([
      ['name', 'Ayşe Yılmaz'],
      ['email', String(input.data.get('email'))],
      ['topic', 'termine'],
      ['message', 'Gibt es noch Plätze?'],
    ])
    expect(stored.consent).toBe(form.consentText)
    const [mail] = (await sink.waitForCount(before + 1)).slice(before)
    expect(mail.to).toEqual(['buero@evi-essen.example'])
    expect(mail.parsed.subject).toBe('Kontaktformular: termine')
    expect(mail.parsed.html).toContain('Nachricht von Ayşe Yılmaz: Gibt es noch Plätze?')
    expect(mail.parsed.replyTo?.value[0].address).toBe(input.data.get('email'))
    expect(mail.parsed.from?.value[0].address).toBe(process.env.EMAIL_FROM_ADDRESS || 'noreply@evi-essen.de')
  })

  it('checks the answers against the form with German messages, and stores nothing', async () => {
    const form = await contactForm()
    const outcome = await submitForm(payload, { formSlug: form.slug!, ...answers({ name: '', email: 'ayse(at)beispiel', topic: 'werbung', message: 'x'.repeat(5001), consent: '' }) })
    expect(outcome).toEqual({
      kind: 'invalid',
      errors: {
        name: 'Bitte füllen Sie „Ihr Name“ aus.',
        email: 'Bitte eine gültige E-Mail-Adresse angeben.',
        topic: 'Bitte eine der angebotenen Möglichkeiten wählen.',
        message: 'Bitte höchstens 5000 Zeichen.',
        consent: 'Bitte bestätigen Sie mit dem Häkchen, dass wir Ihre Angaben dafür speichern dürfen.',
      },
    })
    expect(await submissionsOf(form)).toHaveLength(0)
  })

  it('a filled-in honeypot is answered like a success: nothing stored, nothing mailed', async () => {
    const form = await contactForm()
    const before = sink.received.length
    expect((await submitForm(payload, { formSlug: form.slug!, ...answers({ homepage: 'http://spam.example' }) })).kind).toBe('accepted')
    expect(await submissionsOf(form)).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.received.length).toBe(before)
  })

  it('limits submissions per address', async () => {
    const form = await contactForm({ emails: [] })
    const outcomes = []
    for (let i = 0; i <= SUBMISSION_LIMIT.limit; i += 1) outcomes.push((await submitForm(payload, { formSlug: form.slug!, ...answers(), clientIp: '203.0.113.99' })).kind)
    expect(outcomes.at(-1)).toBe('rate-limited')
    expect(outcomes.slice(0, -1).every((k) => k === 'accepted')).toBe(true)
  })

  it('an unknown form is not found', async () => {
    expect(await submitForm(payload, { formSlug: 'gibt-es-nicht', ...answers() })).toEqual({ kind: 'not-found' })
  })
})

describe('no mail relay', () => {
  it('a form cannot be saved with a placeholder or a bad address among its recipients (German message)', async () => {
    for (const emails of [[{ emailTo: '{{email}}', subject: 'x' }], [{ emailTo: 'buero@evi-essen.example', cc: '{{email}}', subject: 'x' }], [{ emailTo: 'buero@evi-essen.example', bcc: 'kein-adresse', subject: 'x' }]]) {
      await expect(contactForm({ emails })).rejects.toThrow(/An \(Adressen der Geschäftsstelle\)|Cc|Bcc|CC|BCC/)
    }
  })

  it('even a placeholder that reached the database sends nothing to the submitted address', async () => {
    const form = await contactForm()
    // As if an older version or a direct database edit had let it through.
    await db.query(`update forms_emails set email_to = '{{email}}', cc = '{{email}}' where _parent_id = $1`, [form.id])
    const before = sink.received.length
    const input = answers({ email: 'opfer@fremd.example' })
    expect((await submitForm(payload, { formSlug: form.slug!, ...input })).kind).toBe('accepted')
    expect(await submissionsOf(form)).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(sink.received.slice(before).flatMap((m) => m.to)).not.toContain('opfer@fremd.example')
    expect(sink.received.length).toBe(before)
  })

  it('the sender address cannot be set per form', async () => {
    const form = await contactForm({ emails: [{ emailTo: 'buero@evi-essen.example', emailFrom: '{{email}}', subject: 'x' }] })
    const before = sink.received.length
    await submitForm(payload, { formSlug: form.slug!, ...answers({ email: 'faelscher@fremd.example' }) })
    const [mail] = (await sink.waitForCount(before + 1)).slice(before)
    expect(mail.parsed.from?.value[0].address).not.toBe('faelscher@fremd.example')
  })
})

describe('access', () => {
  it('nobody creates submissions through the API (only the form route, with its checks); readers see forms without their mail settings', async () => {
    const form = await contactForm()
    await expect(payload.create({ collection: 'form-submissions', data: { form: form.id, submissionData: [] }, overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'form-submissions', overrideAccess: false })).rejects.toThrow()
    const read = await payload.findByID({ collection: 'forms', id: form.id, overrideAccess: false })
    expect(read.title).toBe(form.title)
    expect(read.emails ?? []).toEqual([])
    expect(JSON.stringify(read)).not.toContain('buero@evi-essen.example')
  })
})

describe('old submissions are deleted', () => {
  it('by the nightly jobs-queue task, after 90 days by default or the site settings’ period', async () => {
    const form = await contactForm({ emails: [] })
    for (let i = 0; i < 3; i += 1) await submitForm(payload, { formSlug: form.slug!, ...answers() })
    const ids = (await submissionsOf(form)).map((s) => s.id).sort((a, b) => a - b)
    await db.query(`update form_submissions set created_at = now() - interval '91 days' where id = $1`, [ids[0]])
    await db.query(`update form_submissions set created_at = now() - interval '40 days' where id = $1`, [ids[1]])
    await payload.jobs.queue({ task: 'deleteExpiredFormSubmissions', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect((await submissionsOf(form)).map((s) => s.id).sort((a, b) => a - b)).toEqual([ids[1], ids[2]])

    await payload.updateGlobal({ slug: 'site-settings', data: { retention: { formSubmissionDays: 30 } } })
    try {
      await payload.jobs.queue({ task: 'deleteExpiredFormSubmissions', input: {} })
      await payload.jobs.run({ queue: 'default' })
      expect((await submissionsOf(form)).map((s) => s.id)).toEqual([ids[2]])
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { retention: { formSubmissionDays: null } } })
    }
  })
})
