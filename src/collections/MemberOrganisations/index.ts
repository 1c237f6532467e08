import type { CollectionConfig } from 'payload'

import { activeOrganisationOrStaff } from '@/access/activeOrganisationOrStaff'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { bodyEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { COUNTRY_OPTIONS } from '@/lib/countries'
import { DISTRICT_OPTIONS } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_OPTIONS } from '@/lib/languages'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const currentYear = () => new Date().getFullYear()

const yearField = (name: string, label: string) => ({
  name,
  label,
  type: 'number' as const,
  min: 1900,
  admin: { position: 'sidebar' as const, step: 1 },
  validate: (value: number | null | undefined) =>
    value == null || (Number.isInteger(value) && value >= 1900 && value <= currentYear())
      ? true
      : `Bitte ein Jahr zwischen 1900 und ${currentYear()} angeben.`,
})

export const MemberOrganisations: CollectionConfig = {
  slug: 'member-organisations',
  // Short table names: drafts add `_v_version_` to every table (PostgreSQL allows 63 characters).
  dbName: 'orgs',
  labels: { singular: 'Mitgliedsverein', plural: 'Mitgliedsvereine' },
  admin: {
    group: 'Verzeichnis',
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'district', 'countries', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'contactPerson', 'email'],
    description: 'Die Mitgliedsorganisationen des Verbunds. Öffentlich sichtbar sind nur aktive, veröffentlichte Einträge.',
  },
  defaultSort: 'name',
  access: {
    read: activeOrganisationOrStaff,
    readVersions: isStaff,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  versions: { maxPerDoc: 30, drafts: true },
  fields: [
    { name: 'name', label: 'Name des Vereins', type: 'text', required: true },
    slugField({ from: 'name', fallbackPrefix: 'verein' }),
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      // Drafts already use `enum_orgs_status` for `_status`.
      enumName: 'enum_orgs_membership',
      options: [
        { value: 'pending', label: 'Aufnahmeantrag (offen)' },
        { value: 'active', label: 'Aktives Mitglied' },
        { value: 'inactive', label: 'Inaktiv' },
      ],
      admin: { position: 'sidebar' },
    },
    yearField('founded', 'Gegründet (Jahr)'),
    yearField('memberSince', 'Mitglied seit (Jahr)'),
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
    { name: 'shortDescription', label: 'Kurzbeschreibung', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'description', label: 'Ausführliche Beschreibung', type: 'richText', localized: true, editor: bodyEditor },
    {
      type: 'row',
      fields: [
        { name: 'countries', label: 'Herkunftsländer', type: 'select', hasMany: true, options: COUNTRY_OPTIONS },
        {
          name: 'community',
          label: 'Gemeinschaft (ohne eigenen Staat)',
          type: 'text',
          localized: true,
          admin: { description: 'z. B. „Kurdisch“ oder „Roma“' },
        },
      ],
    },
    { name: 'fields', label: 'Tätigkeitsfelder', type: 'select', hasMany: true, options: FIELDS_OF_ACTIVITY },
    { name: 'languages', label: 'Sprachen', type: 'select', hasMany: true, options: LANGUAGE_OPTIONS },
    { name: 'district', label: 'Stadtteil', type: 'select', options: DISTRICT_OPTIONS, index: true },
    {
      name: 'address',
      label: 'Anschrift',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', label: 'Straße und Hausnummer', type: 'text' },
            { name: 'postalCode', label: 'PLZ', type: 'text', validate: (v: string | null | undefined) => (!v || /^\d{5}$/.test(v) ? true : 'Die PLZ hat fünf Ziffern.') },
            { name: 'city', label: 'Ort', type: 'text', defaultValue: 'Essen' },
          ],
        },
      ],
    },
    {
      name: 'contact',
      label: 'Kontakt',
      type: 'group',
      fields: [
        { name: 'person', label: 'Ansprechperson', type: 'text' },
        {
          name: 'email',
          label: 'E-Mail',
          type: 'text',
          validate: (v: string | null | undefined) => (!v || EMAIL.test(v) ? true : 'Bitte eine gültige E-Mail-Adresse angeben.'),
        },
        { name: 'phone', label: 'Telefon', type: 'text' },
        urlField('website', 'Website'),
      ],
    },
    {
      name: 'socialLinks',
      label: 'Soziale Medien',
      type: 'array',
      dbName: 'org_social',
      fields: [
        {
          name: 'platform',
          label: 'Plattform',
          type: 'select',
          required: true,
          options: ['Facebook', 'Instagram', 'YouTube', 'TikTok', 'X', 'LinkedIn', 'Telegram', 'WhatsApp'].map((p) => ({ value: p.toLowerCase(), label: p })),
        },
        urlField('url', 'Adresse', { required: true }),
      ],
    },
  ],
}
