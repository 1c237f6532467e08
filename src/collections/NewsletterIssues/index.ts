import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { bodyEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { MIGO_TOPICS } from '@/lib/fieldsOfActivity'

export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  dbName: 'migo',
  labels: { singular: 'migo-Ausgabe', plural: 'migo-Ausgaben' },
  admin: {
    group: 'migo',
    useAsTitle: 'title',
    defaultColumns: ['issueNumber', 'title', 'month', 'sendStatus', '_status'],
    listSearchableFields: ['title', 'slug'],
    description: 'Das monatliche Magazin „migo“: Ausgaben zusammenstellen und versenden.',
  },
  defaultSort: '-issueNumber',
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { maxPerDoc: 30, drafts: { autosave: { interval: 2000 } } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'issueNumber', label: 'Ausgabe Nr.', type: 'number', required: true, unique: true, min: 1 },
        {
          name: 'month',
          label: 'Monat',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
        },
      ],
    },
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    slugField({ fallbackPrefix: 'migo' }),
    { name: 'editorial', label: 'Editorial', type: 'richText', localized: true, editor: bodyEditor },
    {
      name: 'sections',
      label: 'Rubriken',
      type: 'array',
      dbName: 'migo_sections',
      labels: { singular: 'Rubrik', plural: 'Rubriken' },
      fields: [
        { name: 'topic', label: 'Thema', type: 'select', required: true, options: MIGO_TOPICS },
        {
          name: 'items',
          label: 'Beiträge',
          type: 'array',
          dbName: 'migo_items',
          labels: { singular: 'Beitrag', plural: 'Beiträge' },
          fields: [
            { name: 'article', label: 'Beitrag der Website', type: 'relationship', relationTo: 'articles' },
            {
              name: 'headline',
              label: 'Eigene Überschrift',
              type: 'text',
              localized: true,
              admin: { description: 'Für eigene Kurztexte, oder um die Überschrift des Beitrags zu ersetzen.' },
            },
            { name: 'text', label: 'Eigener Kurztext', type: 'textarea', localized: true },
          ],
        },
      ],
    },
    {
      name: 'sendStatus',
      label: 'Versandstatus',
      type: 'select',
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: 'Entwurf' },
        { value: 'sending', label: 'Wird versendet' },
        { value: 'sent', label: 'Versendet' },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'delivery',
      label: 'Zustellung',
      type: 'group',
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'total', label: 'Empfänger', type: 'number', defaultValue: 0 },
        { name: 'sent', label: 'Versendet', type: 'number', defaultValue: 0 },
        { name: 'failed', label: 'Fehlgeschlagen', type: 'number', defaultValue: 0 },
      ],
    },
  ],
}
