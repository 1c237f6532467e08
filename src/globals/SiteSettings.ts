import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { urlField } from '@/fields/url'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Website-Einstellungen',
  admin: { group: 'Einstellungen' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'siteName', label: 'Name', type: 'text', required: true, defaultValue: 'Essener Verbund der Immigrantenvereine e.V.' },
    {
      name: 'about',
      label: 'Der Verbund in einem Absatz',
      type: 'textarea',
      localized: true,
      admin: { description: 'Erscheint unter jedem Beitrag.' },
    },
    {
      name: 'contact',
      label: 'Kontakt',
      type: 'group',
      fields: [
        { name: 'address', label: 'Anschrift', type: 'textarea' },
        { name: 'email', label: 'E-Mail', type: 'email' },
        { name: 'phone', label: 'Telefon', type: 'text' },
      ],
    },
    {
      name: 'retention',
      label: 'Löschfristen (Datenschutz)',
      type: 'group',
      admin: { description: 'Personenbezogene Daten aus den Formularen werden nach dieser Zeit automatisch gelöscht (täglich geprüft).' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'registrationDays',
              label: 'Anmeldungen: Tage nach dem Termin',
              type: 'number',
              min: 1,
              admin: { step: 1, placeholder: '30', description: 'Leer lassen: 30 Tage.' },
            },
            {
              name: 'formSubmissionDays',
              label: 'Formular-Einsendungen: Tage nach dem Eingang',
              type: 'number',
              min: 1,
              admin: { step: 1, placeholder: '90', description: 'Leer lassen: 90 Tage.' },
            },
          ],
        },
      ],
    },
    {
      name: 'socialLinks',
      label: 'Soziale Medien',
      type: 'array',
      fields: [
        { name: 'label', label: 'Name', type: 'text', required: true, admin: { description: 'z. B. Facebook' } },
        urlField('url', 'Adresse', { required: true }),
      ],
    },
  ],
}
