/** The demo contact form for /kontakt (slug „kontakt“, see src/content/forms.ts). */
import type { Payload } from 'payload'

import { CONTACT_FORM_SLUG } from '@/lib/paths'

import { paragraph, richText } from './lexical'

export async function seedContactForm(payload: Payload, ensure: (slug: string, create: () => Promise<{ id: number }>) => Promise<number>, staffAddress: string): Promise<number> {
  return ensure(CONTACT_FORM_SLUG, () =>
    payload.create({
      collection: 'forms',
      data: {
        title: 'Kontakt',
        slug: CONTACT_FORM_SLUG,
        fields: [
          { blockType: 'text', name: 'name', label: 'Ihr Name', required: true, width: 50 },
          { blockType: 'email', name: 'email', label: 'Ihre E-Mail-Adresse', required: true, width: 50 },
          {
            blockType: 'select',
            name: 'anliegen',
            label: 'Worum geht es?',
            required: true,
            options: [
              { label: 'Allgemeine Frage', value: 'allgemein' },
              { label: 'Anmeldung oder Frage zu einem Termin', value: 'termin' },
              { label: 'Mitgliedschaft im Verbund', value: 'mitgliedschaft' },
              { label: 'Presse', value: 'presse' },
            ],
          },
          { blockType: 'textarea', name: 'nachricht', label: 'Ihre Nachricht', required: true },
        ],
        submitButtonLabel: 'Nachricht senden',
        confirmationType: 'message',
        confirmationMessage: richText(paragraph('Vielen Dank für Ihre Nachricht. Wir melden uns so bald wie möglich, in der Regel innerhalb von drei Werktagen.')),
        consentText:
          'Ich bin einverstanden, dass der Essener Verbund der Immigrantenvereine e.V. meine Angaben speichert, um meine Anfrage zu beantworten. Sie werden nach 90 Tagen gelöscht.',
        emails: [
          {
            emailTo: staffAddress,
            replyTo: '{{email}}',
            subject: 'Kontaktformular: {{anliegen}}',
            message: richText(paragraph('Neue Nachricht über das Kontaktformular der Website:'), paragraph('{{*}}')),
          },
        ],
      } as never,
    }),
  )
}
