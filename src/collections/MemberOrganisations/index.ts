import type { CollectionConfig } from 'payload'

import { readContactDetails } from '@/access/contactDetails'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { readOrganisation, readOrganisationVersions, updateOrganisation } from '@/access/organisationAccess'
import { imageField } from '@/fields/image'
import { bodyEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { COUNTRY_OPTIONS } from '@/lib/countries'
import { DISTRICT_OPTIONS } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_OPTIONS } from '@/lib/languages'
import { organisationPath, previewUrl } from '@/lib/paths'
import { EMAIL_MESSAGE, isEmail, isPostalCode, POSTAL_CODE_MESSAGE } from '@/lib/validation'

import { organisationEndpoints } from './endpoints'
import { membersSaveDrafts } from './hooks/membersSaveDrafts'
import { notifyAdminsOfProposal } from './hooks/notifyAdminsOfProposal'

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
    preview: (doc) => (doc?.slug ? previewUrl(organisationPath(String(doc.slug))) : null),
    components: { beforeListTable: ['/components/admin/DirectoryCsv#DirectoryCsv'] },
  },
  defaultSort: 'name',
  access: {
    read: readOrganisation,
    readVersions: readOrganisationVersions,
    create: isAdmin,
    update: updateOrganisation,
    delete: isAdmin,
  },
  // Drafts are how member representatives propose changes and how applications wait for review.
  versions: { maxPerDoc: 30, drafts: true },
  hooks: {
    beforeOperation: [membersSaveDrafts],
    afterChange: [notifyAdminsOfProposal({ subject: 'Änderungsvorschlag für', titleOf: (doc) => String(doc.name) })],
  },
  endpoints: organisationEndpoints,
  fields: [
    { name: 'name', label: 'Name des Vereins', type: 'text', required: true },
    // The address and the membership status are the association's to decide.
    { ...slugField({ from: 'name', fallbackPrefix: 'verein' }), access: { update: isAdminField } },
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
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: 'Öffentlich sichtbar sind nur aktive Mitglieder.' },
    },
    yearField('founded', 'Gegründet (Jahr)'),
    yearField('memberSince', 'Mitglied seit (Jahr)'),
    imageField('logo', 'Logo'),
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
            { name: 'postalCode', label: 'PLZ', type: 'text', validate: (v: string | null | undefined) => (!v || isPostalCode(v) ? true : POSTAL_CODE_MESSAGE) },
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
        { name: 'person', label: 'Ansprechperson', type: 'text', access: { read: readContactDetails } },
        {
          name: 'email',
          label: 'E-Mail',
          type: 'text',
          access: { read: readContactDetails },
          validate: (v: string | null | undefined) => (!v || isEmail(v) ? true : EMAIL_MESSAGE),
        },
        { name: 'phone', label: 'Telefon', type: 'text', access: { read: readContactDetails } },
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
