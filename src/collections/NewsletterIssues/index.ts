import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { dateTimeDisplay } from '@/fields/dateTimeDisplay'
import { bodyEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { MIGO_TOPICS } from '@/lib/fieldsOfActivity'
import { migoIssuePath, previewUrl } from '@/lib/paths'

import { newsletterIssueEndpoints } from './endpoints'

/**
 * Staff change an issue only until it is sent: once sending starts, what the
 * readers got is fixed (and the web archive shows the same). The sender alone
 * moves the send status on (Local API, access off).
 */
const staffWhileUnsent: Access = (args) => (isStaff(args) ? { sendStatus: { equals: 'draft' } } : false)
const onlyTheSender: FieldAccess = () => false

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
    preview: (doc) => (doc?.slug ? previewUrl(migoIssuePath(String(doc.slug))) : null),
    livePreview: { url: ({ data }) => (data?.slug ? previewUrl(migoIssuePath(String(data.slug))) : '') },
  },
  defaultSort: '-issueNumber',
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: staffWhileUnsent, delete: staffWhileUnsent },
  endpoints: newsletterIssueEndpoints,
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
        { value: 'draft', label: 'Noch nicht versendet' },
        { value: 'sending', label: 'Wird versendet' },
        { value: 'sent', label: 'Versendet' },
      ],
      access: { create: onlyTheSender, update: onlyTheSender },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sentAt',
      label: 'Versendet am',
      type: 'date',
      access: { create: onlyTheSender, update: onlyTheSender },
      admin: { position: 'sidebar', readOnly: true, date: dateTimeDisplay, condition: (data) => Boolean(data?.sentAt) },
    },
    {
      name: 'sendPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/NewsletterSendPanel#NewsletterSendPanel' } },
    },
  ],
}
