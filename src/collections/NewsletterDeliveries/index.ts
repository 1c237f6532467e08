import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { hiddenFromAllButAdmins } from '@/access/roles'
import { dateTimeDisplay } from '@/fields/dateTimeDisplay'

export const DELIVERY_STATUSES = [
  { value: 'pending', label: 'Wartet' },
  { value: 'sending', label: 'Wird gesendet' },
  { value: 'sent', label: 'Versendet' },
  { value: 'failed', label: 'Fehlgeschlagen' },
  { value: 'skipped', label: 'Übersprungen (abgemeldet)' },
] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/**
 * One row per migo issue and subscriber, unique: the sender's memory of who
 * has the issue. It is written only by the sender (src/jobs/newsletter/), in bulk
 * SQL; nobody edits it. Admins read it to see who received an issue and why a
 * mail failed. `uncertain` marks a mail that was in flight when the sender
 * stopped abruptly: it was sent again, and may have arrived twice.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  dbName: 'deliveries',
  labels: { singular: 'Zustellung', plural: 'Zustellungen' },
  admin: {
    group: 'migo',
    useAsTitle: 'email',
    defaultColumns: ['email', 'issue', 'status', 'attempts', 'uncertain', 'sentAt', 'lastError'],
    listSearchableFields: ['email'],
    description: 'Wer welche migo-Ausgabe erhalten hat. Wird beim Versand geschrieben und kann nicht bearbeitet werden.',
    hidden: hiddenFromAllButAdmins,
  },
  defaultSort: '-updatedAt',
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  indexes: [
    { fields: ['issue', 'subscriber'], unique: true },
    { fields: ['issue', 'status'] },
  ],
  fields: [
    { name: 'issue', label: 'Ausgabe', type: 'relationship', relationTo: 'newsletter-issues', required: true },
    // Not required: deleting a subscriber keeps the record of what was sent to the address.
    { name: 'subscriber', label: 'Abonnent:in', type: 'relationship', relationTo: 'newsletter-subscribers' },
    { name: 'email', label: 'E-Mail-Adresse', type: 'text', required: true },
    { name: 'status', label: 'Status', type: 'select', required: true, defaultValue: 'pending', options: [...DELIVERY_STATUSES] },
    {
      name: 'uncertain',
      label: 'Unsicher',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Die Mail war unterwegs, als der Versand abbrach; sie wurde erneut gesendet und kam vielleicht doppelt an.' },
    },
    { name: 'attempts', label: 'Versuche', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', label: 'Nächster Versuch', type: 'date', admin: { date: dateTimeDisplay } },
    { name: 'lastError', label: 'Letzter Fehler', type: 'text' },
    { name: 'sentAt', label: 'Versendet am', type: 'date', admin: { date: dateTimeDisplay } },
  ],
}
