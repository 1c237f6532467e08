import type { CollectionConfig, DateField, Field } from 'payload'

import { createEvent, deleteEvent, readEvent, readEventVersions, updateEvent } from '@/access/eventAccess'
import { ownOrganisationId } from '@/access/roles'
import { dateTimeDisplay } from '@/fields/dateTimeDisplay'
import { imageField } from '@/fields/image'
import { bodyEditor } from '@/fields/richText'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { EVENT_CATEGORIES } from '@/lib/eventCategories'
import { eventPath, previewUrl } from '@/lib/paths'

import { membersSaveDrafts } from '../MemberOrganisations/hooks/membersSaveDrafts'
import { notifyAdminsOfProposal } from '../MemberOrganisations/hooks/notifyAdminsOfProposal'
import { recordSlugRedirect } from '../Redirects/hooks/recordSlugRedirect'
import { normaliseEventTimes } from './hooks/normaliseEventTimes'
import { ownOrganisationOnly } from './hooks/ownOrganisationOnly'
import { deleteRegistrationsOfEvent, promoteWhenCapacityGrows } from './hooks/registrationsFollowEvent'

type EventData = { startsAt?: string | null; endsAt?: string | null }

/** Start and end are entered and shown in Essen's time, whatever the editor's computer says. */
const dateTimeField = (name: string, label: string, extra: Partial<DateField>): DateField =>
  ({
    name,
    label,
    type: 'date',
    timezone: { defaultTimezone: 'Europe/Berlin', supportedTimezones: [{ label: 'Deutschland (Europe/Berlin)', value: 'Europe/Berlin' }] },
    admin: { date: dateTimeDisplay },
    ...extra,
  }) as DateField

const registrationFields: Field[] = [
  {
    name: 'mode',
    label: 'Anmeldung',
    type: 'radio',
    required: true,
    defaultValue: 'none',
    enumName: 'enum_events_reg_mode',
    options: [
      { value: 'none', label: 'Keine Anmeldung nötig' },
      { value: 'external', label: 'Über einen externen Link' },
      { value: 'internal', label: 'Über das Formular dieser Website' },
    ],
  },
  urlField('externalUrl', 'Link zur Anmeldung', {
    admin: { condition: (_data, sibling) => sibling?.mode === 'external' },
  }),
  {
    name: 'capacity',
    label: 'Plätze',
    type: 'number',
    min: 1,
    admin: {
      step: 1,
      condition: (_data, sibling) => sibling?.mode === 'internal',
      description: 'Wer sich danach anmeldet, kommt auf die Warteliste.',
    },
    validate: (value: number | null | undefined, { siblingData }: { siblingData: { mode?: string } }) =>
      siblingData?.mode !== 'internal' || (Number.isInteger(value) && Number(value) >= 1)
        ? true
        : 'Bitte die Zahl der Plätze angeben (mindestens 1).',
  },
  {
    name: 'waitingList',
    label: 'Warteliste führen, wenn alle Plätze vergeben sind',
    type: 'checkbox',
    defaultValue: true,
    admin: { condition: (_data, sibling) => sibling?.mode === 'internal' },
  },
  {
    name: 'deadline',
    label: 'Anmeldeschluss',
    type: 'date',
    admin: {
      date: dateTimeDisplay,
      condition: (_data, sibling) => sibling?.mode === 'internal',
      description: 'Leer lassen: Anmeldung bis zum Beginn möglich.',
    },
  },
]

/**
 * Termine: what the association and its member organisations invite to.
 * Member representatives propose events of their own organisation as drafts;
 * staff review and publish them. Registrations live in `event-registrations`.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Termin', plural: 'Termine' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'organiser', 'status', '_status'],
    listSearchableFields: ['title', 'slug'],
    description: 'Veranstaltungen des Verbunds und der Mitgliedsvereine. Vereinsvertretungen schlagen Termine als Entwurf vor.',
    preview: (doc) => (doc?.slug ? previewUrl(eventPath(String(doc.slug))) : null),
    livePreview: { url: ({ data }) => (data?.slug ? previewUrl(eventPath(String(data.slug))) : '') },
  },
  defaultSort: '-startsAt',
  access: { read: readEvent, readVersions: readEventVersions, create: createEvent, update: updateEvent, delete: deleteEvent },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  hooks: {
    beforeOperation: [membersSaveDrafts],
    beforeChange: [ownOrganisationOnly, normaliseEventTimes],
    afterChange: [
      recordSlugRedirect(eventPath),
      notifyAdminsOfProposal({ subject: 'Terminvorschlag:', titleOf: (doc) => String(doc.title) }),
      promoteWhenCapacityGrows,
    ],
    beforeDelete: [deleteRegistrationsOfEvent],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      label: 'Kurzbeschreibung',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'Ein, zwei Sätze für die Terminliste und Vorschauen.' },
    },
    {
      type: 'row',
      fields: [
        dateTimeField('startsAt', 'Beginn', { required: true, index: true }),
        dateTimeField('endsAt', 'Ende', {
          validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: EventData }) =>
            !value || !siblingData?.startsAt || new Date(value) >= new Date(siblingData.startsAt)
              ? true
              : 'Das Ende liegt vor dem Beginn.',
        }),
      ],
    },
    {
      name: 'lastsUntil',
      label: 'Vorbei ab',
      type: 'date',
      index: true,
      admin: { hidden: true, description: 'Wird berechnet: Ende, oder Ende des (letzten) Tages.' },
    },
    {
      name: 'allDay',
      label: 'Ganztägig',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Ohne Uhrzeit, z. B. ein Aktionstag: von Beginn und Ende zählt nur der Tag.' },
    },
    {
      name: 'status',
      label: 'Stand',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      // Drafts already use `enum_events_status` for `_status`.
      enumName: 'enum_events_state',
      options: [
        { value: 'planned', label: 'Findet statt' },
        { value: 'cancelled', label: 'Abgesagt' },
        { value: 'postponed', label: 'Verschoben' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      label: 'Art',
      type: 'select',
      required: true,
      defaultValue: 'veranstaltung',
      index: true,
      options: EVENT_CATEGORIES.map((c) => ({ ...c })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'organiser',
      label: 'Veranstalter',
      type: 'relationship',
      relationTo: 'member-organisations',
      index: true,
      defaultValue: ({ user }) => ownOrganisationId(user) ?? undefined,
      admin: { position: 'sidebar', description: 'Leer lassen: der Verbund lädt ein.' },
    },
    imageField('image', 'Bild'),
    { name: 'description', label: 'Beschreibung', type: 'richText', localized: true, editor: bodyEditor },
    {
      name: 'place',
      label: 'Ort',
      type: 'group',
      fields: [
        { name: 'name', label: 'Name des Ortes', type: 'text', localized: true, admin: { description: 'z. B. „Verbundbüro, Raum 2“' } },
        { name: 'address', label: 'Anschrift', type: 'textarea', admin: { description: 'Straße und Hausnummer, PLZ und Ort' } },
        {
          name: 'accessibility',
          label: 'Barrierefreiheit',
          type: 'textarea',
          localized: true,
          admin: { description: 'z. B. „Stufenloser Zugang, barrierefreies WC im Erdgeschoss“' },
        },
      ],
    },
    {
      name: 'registration',
      label: 'Anmeldung',
      type: 'group',
      fields: registrationFields,
    },
    seoFields,
    slugField({ fallbackPrefix: 'termin' }),
  ],
}
