import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { attachmentsField } from '@/fields/attachments'
import { bodyEditor } from '@/fields/richText'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { stampTextChange, translationStatusFields } from '@/fields/translationStatus'
import { pagePath, previewUrl } from '@/lib/paths'

import { recordSlugRedirect } from '../Redirects/hooks/recordSlugRedirect'
import { freshBreadcrumbRows } from './hooks/freshBreadcrumbRows'
import { prefixParentPath } from './hooks/parentPath'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt', '_status', 'translations'],
    listSearchableFields: ['title', 'slug'],
    description:
      'Feste Seiten wie Über uns, Kontakt, Impressum und Datenschutz. Leichte Sprache: eine eigene Seite mit „leichte-sprache/“ vor der Adresse der erklärten Seite (z. B. „leichte-sprache/ueber-uns“ zu „ueber-uns“, „leichte-sprache/migo“ zu /migo) – beide Seiten verlinken einander dann mit dem Zeichen für Leichte Sprache.',
    preview: (doc) => (doc?.slug ? previewUrl(pagePath(String(doc.slug))) : null),
    livePreview: { url: ({ data }) => (data?.slug ? previewUrl(pagePath(String(data.slug))) : '') },
  },
  defaultSort: 'title',
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { maxPerDoc: 30, drafts: { autosave: { interval: 2000 } } },
  hooks: { beforeValidate: [prefixParentPath], beforeChange: [freshBreadcrumbRows, stampTextChange], afterChange: [recordSlugRedirect(pagePath)] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    { name: 'body', label: 'Inhalt', type: 'richText', localized: true, editor: bodyEditor },
    attachmentsField,
    seoFields,
    slugField({ fallbackPrefix: 'seite', allowPath: true }),
    {
      name: 'migoSignup',
      label: 'migo-Anmeldung unter dem Text zeigen',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Zum Beispiel auf der Seite „leichte-sprache/migo“.' },
    },
    ...translationStatusFields,
    // Nesting (@payloadcms/plugin-nested-docs, see src/collections/Pages/nesting.ts): the parent, and the breadcrumbs it keeps.
    createParentField('pages', {
      label: 'Übergeordnete Seite',
      admin: { position: 'sidebar', description: 'z. B. „Über uns“ für „Geschichte“: die Adresse wird dann /ueber-uns/geschichte.' },
    }),
    createBreadcrumbsField('pages', { label: 'Brotkrumennavigation', admin: { position: 'sidebar', readOnly: true } }),
  ],
}
