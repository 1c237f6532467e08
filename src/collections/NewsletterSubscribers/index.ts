import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { DEFAULT_MAIL_LANGUAGE } from '@/email/i18n'
import { dateTimeDisplay } from '@/fields/dateTimeDisplay'
import { EMAIL_MESSAGE, isEmail } from '@/lib/validation'


import { subscriberEndpoints } from './endpoints'
import { deleteUnsubscribeTokens } from './hooks/deleteUnsubscribeTokens'
import { normaliseEmail } from './hooks/normaliseEmail'

/** Secrets are written only by the sign-up code (Local API, access off); nobody reads or sets them through the API or the admin. */
const nobody: FieldAccess = () => false
const secret = { read: nobody, create: nobody, update: nobody }

/** The consent record is evidence: shown to admins, written only by the sign-up, confirm and unsubscribe code. */
const recorded = { readOnly: true }

/**
 * migo's readers. Double opt-in: a sign-up is `pending` until the link in the
 * confirmation mail is opened; only `confirmed` addresses receive migo. The
 * consent record keeps which wording was shown, where and when the sign-up and
 * the confirmation came from (src/forms/newsletterSignup.ts,
 * src/forms/newsletterSubscription.ts). Only admins see addresses.
 */
export const NewsletterSubscribers: CollectionConfig = {
  slug: 'newsletter-subscribers',
  dbName: 'subscribers',
  labels: { singular: 'Abonnent:in', plural: 'Abonnent:innen' },
  admin: {
    group: 'migo',
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'language', 'consent.signedUpAt', 'consent.confirmedAt'],
    listSearchableFields: ['email'],
    components: { beforeListTable: ['/components/admin/SubscribersCsvImport#SubscribersCsvImport'] },
    description:
      'Wer migo abonniert hat. migo erhalten nur bestätigte Adressen (doppelte Bestätigung per E-Mail). Abmeldungen bleiben als Nachweis erhalten.',
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeDelete: [deleteUnsubscribeTokens] },
  endpoints: subscriberEndpoints,
  fields: [
    {
      name: 'email',
      label: 'E-Mail-Adresse',
      type: 'text',
      required: true,
      unique: true,
      hooks: { beforeValidate: [normaliseEmail] },
      validate: (value: string | null | undefined) => (value && isEmail(value) ? true : EMAIL_MESSAGE),
    },
    { name: 'name', label: 'Name', type: 'text', admin: { description: 'Freiwillig, z. B. aus dem Import einer bisherigen Liste.' } },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      enumName: 'enum_subscribers_status',
      options: [
        { value: 'pending', label: 'Unbestätigt (wartet auf Bestätigung)' },
        { value: 'confirmed', label: 'Bestätigt' },
        { value: 'unsubscribed', label: 'Abgemeldet' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      // The reader's own choice (sign-up form, or the link in every mail); src/email/i18n/ has the mail texts.
      name: 'language',
      label: 'Sprache der E-Mails',
      type: 'select',
      // Not `required`: rows written before the choice existed (and the sender's SQL) read an empty value as German.
      defaultValue: DEFAULT_MAIL_LANGUAGE,
      enumName: 'enum_subscribers_language',
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'tr', label: 'Türkisch (Türkçe)' },
        { value: 'ar', label: 'Arabisch (العربية)' },
        { value: 'en', label: 'Englisch (English)' },
        { value: 'ru', label: 'Russisch (Русский)' },
      ],
      admin: {
        position: 'sidebar',
        description: 'migo kommt in dieser Sprache, wo die Ausgabe übersetzt ist, sonst auf Deutsch. Die Leser:innen wählen sie selbst.',
      },
    },
    {
      name: 'consent',
      label: 'Einwilligung',
      type: 'group',
      admin: { description: 'Nachweis der Einwilligung (doppelte Bestätigung). Wird automatisch geführt.' },
      fields: [
        { name: 'wording', label: 'Gezeigter Einwilligungstext', type: 'textarea', admin: recorded },
        { name: 'source', label: 'Angemeldet auf der Seite', type: 'text', admin: recorded },
        {
          type: 'row',
          fields: [
            { name: 'signedUpAt', label: 'Angemeldet am', type: 'date', admin: { ...recorded, date: dateTimeDisplay } },
            { name: 'signedUpIp', label: 'von IP-Adresse', type: 'text', admin: recorded },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'confirmedAt', label: 'Bestätigt am', type: 'date', admin: { ...recorded, date: dateTimeDisplay } },
            { name: 'confirmedIp', label: 'von IP-Adresse', type: 'text', admin: recorded },
          ],
        },
        { name: 'unsubscribedAt', label: 'Abgemeldet am', type: 'date', admin: { ...recorded, date: dateTimeDisplay } },
      ],
    },
    {
      name: 'confirmTokenHash',
      type: 'text',
      index: true,
      access: secret,
      admin: { hidden: true },
    },
    {
      name: 'confirmTokenExpiresAt',
      label: 'Bestätigungslink gültig bis',
      type: 'date',
      admin: { ...recorded, position: 'sidebar', date: dateTimeDisplay },
    },
  ],
}
