import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { attachmentsField } from '@/fields/attachments'
import { imageField } from '@/fields/image'
import { bodyEditor } from '@/fields/richText'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { previewUrl, projectPath } from '@/lib/paths'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'

import { recordSlugRedirect } from '../Redirects/hooks/recordSlugRedirect'

const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } } as const

/**
 * Projekte: what the association runs with funding, running or completed,
 * with the funders' lines the funding requires, partners, contact, and the
 * news and events that belong to the project.
 */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: 'Projekt', plural: 'Projekte' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'startDate', 'endDate', '_status'],
    listSearchableFields: ['title', 'slug'],
    description: 'Geförderte Projekte des Verbunds, laufend und abgeschlossen, mit Förderhinweis.',
    preview: (doc) => (doc?.slug ? previewUrl(projectPath(String(doc.slug))) : null),
    livePreview: { url: ({ data }) => (data?.slug ? previewUrl(projectPath(String(data.slug))) : '') },
  },
  defaultSort: '-startDate',
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { maxPerDoc: 30, drafts: { autosave: { interval: 2000 } } },
  hooks: { afterChange: [recordSlugRedirect(projectPath)] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      label: 'Kurzbeschreibung',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: { description: 'Zwei, drei Sätze für die Projektübersicht.' },
    },
    {
      name: 'status',
      label: 'Stand',
      type: 'select',
      required: true,
      defaultValue: 'running',
      index: true,
      // Drafts already use `enum_projects_status` for `_status`.
      enumName: 'enum_projects_state',
      options: [
        { value: 'running', label: 'Laufend' },
        { value: 'completed', label: 'Abgeschlossen' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: 'Beginn', type: 'date', admin: dayOnly },
        {
          name: 'endDate',
          label: 'Ende',
          type: 'date',
          admin: { ...dayOnly, description: 'Leer lassen, solange das Ende offen ist.' },
          validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: { startDate?: string | null } }) =>
            !value || !siblingData?.startDate || new Date(value) >= new Date(siblingData.startDate) ? true : 'Das Ende liegt vor dem Beginn.',
        },
      ],
    },
    imageField('image', 'Bild'),
    { name: 'description', label: 'Beschreibung', type: 'richText', localized: true, editor: bodyEditor },
    {
      name: 'funders',
      label: 'Förderer',
      labels: { singular: 'Förderer', plural: 'Förderer' },
      type: 'array',
      admin: { description: 'Wer das Projekt fördert, mit dem Förderhinweis, den die Förderung vorschreibt.' },
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true, localized: true },
        imageField('logo', 'Logo'),
        {
          name: 'fundingLine',
          label: 'Förderhinweis',
          type: 'textarea',
          localized: true,
          admin: { description: 'z. B. „Eine Förderung des Ministeriums für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen“' },
        },
        urlField('url', 'Website'),
      ],
    },
    {
      name: 'partners',
      label: 'Partner',
      labels: { singular: 'Partner', plural: 'Partner' },
      type: 'array',
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true, localized: true },
        {
          name: 'organisation',
          label: 'Mitgliedsverein',
          type: 'relationship',
          relationTo: 'member-organisations',
          admin: { description: 'Wenn der Partner ein Mitgliedsverein ist: verlinkt auf seinen Steckbrief.' },
        },
        imageField('logo', 'Logo'),
        urlField('url', 'Website'),
      ],
    },
    {
      name: 'contact',
      label: 'Ansprechperson',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'person', label: 'Name', type: 'text' },
            { name: 'role', label: 'Aufgabe', type: 'text', localized: true, admin: { description: 'z. B. „Projektleitung“' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', label: 'E-Mail', type: 'text', validate: (v: string | null | undefined) => (!v || isEmail(v) ? true : EMAIL_MESSAGE) },
            { name: 'phone', label: 'Telefon', type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'articles',
      label: 'Beiträge zum Projekt',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      admin: { description: 'Erscheinen auf der Projektseite (nur veröffentlichte).' },
    },
    {
      name: 'events',
      label: 'Termine zum Projekt',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
    },
    attachmentsField,
    seoFields,
    slugField({ fallbackPrefix: 'projekt' }),
  ],
}
