import type { CollectionConfig } from 'payload'

import { articleVisibleOrStaff } from '@/access/articleVisibleOrStaff'
import { isStaff } from '@/access/isStaff'
import { attachmentsField } from '@/fields/attachments'
import { dateTimeDisplay, schedulePublishDisplay } from '@/fields/dateTimeDisplay'
import { imageField } from '@/fields/image'
import { bodyEditor } from '@/fields/richText'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { stampTextChange, translationStatusFields } from '@/fields/translationStatus'
import { sourceField } from '@/fields/source'
import { articlePath, previewUrl } from '@/lib/paths'

import { recordSlugRedirect } from '../Redirects/hooks/recordSlugRedirect'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Beitrag', plural: 'Beiträge' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'title',
    defaultColumns: ['title', 'categories', 'publishedAt', '_status', 'translations'],
    listSearchableFields: ['title', 'slug', 'teaser'],
    description: 'Nachrichten und Beiträge für „Aktuelles“.',
    preview: (doc) => (doc?.slug ? previewUrl(articlePath(String(doc.slug))) : null),
    livePreview: { url: ({ data }) => (data?.slug ? previewUrl(articlePath(String(data.slug))) : '') },
  },
  defaultSort: '-publishedAt',
  access: {
    read: articleVisibleOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: schedulePublishDisplay },
  },
  hooks: { beforeChange: [setPublishedAt, stampTextChange], afterChange: [recordSlugRedirect(articlePath)] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    {
      name: 'teaser',
      label: 'Teaser',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: { description: 'Zwei, drei Sätze für Übersichten und Vorschauen.' },
    },
    imageField('heroImage', 'Titelbild', 'Bildunterschrift und Urheber des Bildes erscheinen unter dem Bild.'),
    { name: 'body', label: 'Text', type: 'richText', localized: true, editor: bodyEditor },
    attachmentsField,
    sourceField,
    seoFields,
    slugField({ fallbackPrefix: 'beitrag' }),
    ...translationStatusFields,
    {
      name: 'publishedAt',
      label: 'Veröffentlichungsdatum',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: dateTimeDisplay,
        description: 'Öffentlich ab diesem Zeitpunkt (nach der Veröffentlichung).',
      },
    },
    {
      name: 'categories',
      label: 'Kategorien',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      // Read as ids: pages name them from the kept categories (withCategoryNames), a query fewer per read.
      maxDepth: 0,
      admin: { position: 'sidebar' },
    },
    {
      name: 'legacyId',
      label: 'Nummer auf der alten Website',
      type: 'text',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.legacyId),
        description: 'Vom Import der alten Website (npm run import:news); ihre alten Adressen leiten hierher weiter.',
      },
    },
    {
      name: 'organisations',
      label: 'Erwähnte Mitgliedsvereine',
      type: 'relationship',
      relationTo: 'member-organisations',
      hasMany: true,
      // Read as ids: an article's page does not show them (a profile lists its articles), so none are read.
      maxDepth: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
