/**
 * Forms editors build themselves (@payloadcms/plugin-form-builder): contact,
 * event registration enquiries, membership enquiries. Submissions are stored
 * (staff only) and mailed to fixed staff addresses named in the form — never
 * to an address from a submitted field (hooks/onlyConfiguredRecipients.ts).
 * The public form posts through src/forms/formSubmission.ts (honeypot, rate
 * limit, German messages); the plugin's open REST create is closed.
 */
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { ArrayField, Field, FieldAccess } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publicCacheHooksFor } from '@/cache/invalidation'
import { hasRole } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { validateAddressList } from '@/lib/emailList'

import { onlyConfiguredRecipients } from './hooks/onlyConfiguredRecipients'

const nobody = () => false
const staffOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')


/** The plugin's mail settings, made safe: fixed recipients only, the site's own sender. */
function staffMailSettings(emails: ArrayField): ArrayField {
  const patch = (field: Field): Field[] => {
    if (field.type === 'row') return [{ ...field, fields: field.fields.flatMap(patch) }]
    if (!('name' in field)) return [field]
    switch (field.name) {
      case 'emailTo':
        return [
          {
            ...field,
            label: 'An (Adressen der Geschäftsstelle)',
            required: true,
            admin: { ...field.admin, placeholder: 'buero@evi-essen.de', description: 'Feste Adressen, durch Komma getrennt; keine Platzhalter.' },
            validate: validateAddressList,
          } as Field,
        ]
      case 'cc':
      case 'bcc':
        return [{ ...field, validate: validateAddressList } as Field]
      case 'emailFrom':
        // Every form mail goes out from the site's own address.
        return []
      case 'replyTo':
        return [{ ...field, label: 'Antwort an', admin: { ...field.admin, placeholder: '{{email}}', description: 'z. B. {{email}}: eine Antwort erreicht dann die absendende Person.' } } as Field]
      case 'subject':
        return [{ ...field, label: 'Betreff', defaultValue: 'Neue Nachricht über das Formular der Website' } as Field]
      default:
        return [field]
    }
  }
  return { ...emails, label: 'E-Mails an die Geschäftsstelle', access: { read: staffOnlyField }, fields: emails.fields.flatMap(patch) }
}

export const formBuilder = formBuilderPlugin({
  fields: { text: true, textarea: true, email: true, select: true, checkbox: true, number: true, date: true, message: true, radio: true, country: false, state: false, payment: false, upload: false },
  beforeEmail: onlyConfiguredRecipients,
  formOverrides: {
    labels: { singular: 'Formular', plural: 'Formulare' },
    admin: {
      group: 'Formulare',
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', 'updatedAt'],
      description: 'Formulare für die Website, z. B. Kontakt, Fragen zu Terminen, Mitgliedschaft. Einsendungen gehen an die hier genannten Adressen.',
    },
    access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
    // Forms appear on public pages (the contact form): changes refresh them like other public content.
    hooks: publicCacheHooksFor('forms'),
    fields: ({ defaultFields }) => [
      ...defaultFields.map((field) => {
        if ('name' in field && field.name === 'title') return { ...field, label: 'Titel', localized: true } as Field
        if ('name' in field && field.name === 'emails') return staffMailSettings(field as ArrayField)
        return field
      }),
      {
        name: 'consentText',
        label: 'Einwilligungstext',
        type: 'textarea',
        localized: true,
        admin: {
          description:
            'Steht neben einem Pflicht-Häkchen unter dem Formular und wird mit jeder Einsendung gespeichert. Leer lassen: kein Häkchen.',
        },
      },
      slugField({ fallbackPrefix: 'formular' }),
    ],
  },
  formSubmissionOverrides: {
    labels: { singular: 'Einsendung', plural: 'Einsendungen' },
    admin: {
      group: 'Formulare',
      defaultColumns: ['form', 'createdAt'],
      description: 'Was über die Formulare der Website eingeschickt wurde. Wird nach der Frist in den Website-Einstellungen automatisch gelöscht.',
    },
    // Only the site's form route creates submissions (src/forms/formSubmission.ts, with honeypot and rate limit);
    // a submission is a record: nobody edits it.
    access: { read: isStaff, create: nobody, update: nobody, delete: isStaff },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'consent', label: 'Gezeigter Einwilligungstext', type: 'textarea', admin: { readOnly: true } },
      { name: 'locale', label: 'Sprache', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
    ],
  },
})

