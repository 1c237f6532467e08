import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { dateTimeDisplay } from '@/fields/dateTimeDisplay'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'

import { registrationEndpoints } from './endpoints'
import { promoteAfterCancellation, promoteAfterDelete } from './hooks/promoteFromWaitingList'

/** Shown to staff only: the registration record is evidence of what was agreed. */
const recorded = { readOnly: true }

/**
 * Who registered for an event through the site's own form
 * (src/forms/eventRegistration.ts). Personal data: staff only, never public,
 * deleted a set time after the event (src/jobs/retention/).
 */
export const EventRegistrations: CollectionConfig = {
  slug: 'event-registrations',
  dbName: 'event_regs',
  labels: { singular: 'Anmeldung', plural: 'Anmeldungen' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'event', 'status', 'createdAt'],
    listSearchableFields: ['name', 'email'],
    description:
      'Anmeldungen zu Terminen. Wird ein Platz frei (storniert oder gelöscht), rückt die erste Person der Warteliste nach und erhält eine E-Mail. Die Daten werden nach dem Termin automatisch gelöscht (Frist: Website-Einstellungen).',
    components: { beforeListTable: ['/components/admin/RegistrationsCsv#RegistrationsCsv'] },
  },
  defaultSort: 'createdAt',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { afterChange: [promoteAfterCancellation], afterDelete: [promoteAfterDelete] },
  endpoints: registrationEndpoints,
  fields: [
    { name: 'event', label: 'Termin', type: 'relationship', relationTo: 'events', required: true, index: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      enumName: 'enum_event_regs_status',
      options: [
        { value: 'confirmed', label: 'Angemeldet' },
        { value: 'waiting', label: 'Warteliste' },
        { value: 'cancelled', label: 'Storniert' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'name', label: 'Name', type: 'text', required: true },
    {
      name: 'email',
      label: 'E-Mail-Adresse',
      type: 'text',
      required: true,
      index: true,
      validate: (value: string | null | undefined) => (value && isEmail(value) ? true : EMAIL_MESSAGE),
    },
    { name: 'phone', label: 'Telefon', type: 'text' },
    { name: 'note', label: 'Anmerkung', type: 'textarea' },
    {
      name: 'locale',
      label: 'Sprache der Anmeldung',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'consent', label: 'Gezeigter Einwilligungstext', type: 'textarea', admin: recorded },
    {
      name: 'promotedAt',
      label: 'Von der Warteliste nachgerückt am',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: dateTimeDisplay, condition: (data) => Boolean(data?.promotedAt) },
    },
  ],
}
