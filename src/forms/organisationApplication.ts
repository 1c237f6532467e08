/**
 * "Verein eintragen": what an organisation may send, checked field by field
 * with messages in the form's language, and turned into a pending,
 * unpublished directory entry.
 */
import type { Payload } from 'payload'

import { format, messagesFor } from '@/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { COUNTRY_CODES } from '@/lib/countries'
import { DISTRICT_OPTIONS } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_CODES } from '@/lib/languages'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'
import { addressIdentity, emailIdentity, type RateLimit, withinRateLimit } from '@/lib/rateLimit'
import { slugify } from '@/lib/slugify'
import { checkHttpUrl, isEmail, isPostalCode, URL_SCHEME_MESSAGE } from '@/lib/validation'

import { filledByBot } from './honeypot'

/** The form's field names (also the names of the inputs). */
export type ApplicationField =
  | 'name'
  | 'countries'
  | 'community'
  | 'fields'
  | 'district'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'person'
  | 'email'
  | 'phone'
  | 'website'
  | 'languages'
  | 'founded'
  | 'shortDescription'
  | 'consent'

export type ApplicationErrors = Partial<Record<ApplicationField, string>>

export type Application = {
  name: string
  countries: string[]
  community: string
  fields: string[]
  district: string
  street: string
  postalCode: string
  city: string
  person: string
  email: string
  phone: string
  website: string
  languages: string[]
  founded: number | null
  shortDescription: string
}

const LIMITS = { name: 120, community: 80, street: 120, city: 80, person: 120, phone: 40, website: 300, shortDescription: 300 }
const FIELD_VALUES = new Set(FIELDS_OF_ACTIVITY.map((f) => f.value))
const DISTRICT_VALUES = new Set(DISTRICT_OPTIONS.map((d) => d.value))

/** Checks everything at once, so the reader sees every problem in one answer (in the form's language). */
export function readApplication(form: FormData, locale: Locale = DEFAULT_LOCALE): { application: Application; errors: ApplicationErrors } {
  const { application: texts, forms } = messagesFor(locale)
  const messages = texts.errors
  const text = (name: ApplicationField) => String(form.get(name) ?? '').trim()
  const list = (name: ApplicationField) => form.getAll(name).map(String).filter(Boolean)
  const errors: ApplicationErrors = {}
  const application: Application = {
    name: text('name'),
    countries: list('countries'),
    community: text('community'),
    fields: list('fields'),
    district: text('district'),
    street: text('street'),
    postalCode: text('postalCode'),
    city: text('city') || 'Essen',
    person: text('person'),
    email: text('email').toLowerCase(),
    phone: text('phone'),
    website: text('website'),
    languages: list('languages'),
    founded: null,
    shortDescription: text('shortDescription'),
  }

  if (!application.name) errors.name = messages.name
  else if (!slugify(application.name)) errors.name = messages.nameLatin
  if (!application.person) errors.person = messages.person
  if (!application.email) errors.email = messages.email
  else if (!isEmail(application.email)) errors.email = forms.email
  if (!application.shortDescription) errors.shortDescription = messages.shortDescription
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (application[field].length > max) errors[field] = format(messages.tooLong, { max }, locale)
  }
  if (application.countries.some((c) => !COUNTRY_CODES.has(c))) errors.countries = messages.countries
  if (application.languages.some((l) => !LANGUAGE_CODES.has(l))) errors.languages = messages.languages
  if (application.fields.some((f) => !FIELD_VALUES.has(f))) errors.fields = messages.fields
  if (application.district && !DISTRICT_VALUES.has(application.district)) errors.district = messages.district
  if (application.postalCode && !isPostalCode(application.postalCode)) errors.postalCode = forms.postalCode
  if (application.website) {
    const check = checkHttpUrl(application.website)
    if (check !== true) errors.website = check === URL_SCHEME_MESSAGE ? forms.urlScheme : forms.url
  }
  const founded = text('founded')
  if (founded) {
    const year = Number(founded)
    if (!/^\d{4}$/.test(founded) || year < 1900 || year > new Date().getFullYear()) {
      errors.founded = format(messages.founded, { year: String(new Date().getFullYear()) }, locale)
    } else application.founded = year
  }
  if (form.get('consent') !== 'ja') errors.consent = messages.consent
  return { application, errors }
}

/** Applications per IP address and per e-mail address within an hour. */
export const APPLICATION_LIMIT: RateLimit = { bucket: 'organisation-application', limit: 3, windowMs: 60 * 60 * 1000 }

export type SubmitOutcome =
  | { kind: 'accepted' }
  | { kind: 'invalid'; errors: ApplicationErrors }
  | { kind: 'duplicate' }
  | { kind: 'rate-limited' }

/**
 * Stores an application as a pending, unpublished entry and tells the admins.
 * A filled-in honeypot is answered like a success and stores nothing.
 */
export async function submitApplication(payload: Payload, form: FormData, clientIp: string, locale: Locale = DEFAULT_LOCALE): Promise<SubmitOutcome> {
  if (filledByBot(form)) return { kind: 'accepted' }
  const { application, errors } = readApplication(form, locale)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }

  const allowed = await withinRateLimit(payload, APPLICATION_LIMIT, [addressIdentity(clientIp), emailIdentity(application.email)])
  if (!allowed) return { kind: 'rate-limited' }

  const slug = slugify(application.name)
  const taken = await payload.count({ collection: 'member-organisations', where: { slug: { equals: slug } }, overrideAccess: true })
  if (taken.totalDocs > 0) return { kind: 'duplicate' }

  const created = await payload.create({
    collection: 'member-organisations',
    draft: true,
    overrideAccess: true,
    data: {
      name: application.name,
      slug,
      status: 'pending',
      _status: 'draft',
      countries: application.countries as never,
      community: application.community || undefined,
      fields: application.fields as never,
      district: (application.district || undefined) as never,
      languages: application.languages as never,
      founded: application.founded ?? undefined,
      shortDescription: application.shortDescription,
      address: { street: application.street, postalCode: application.postalCode, city: application.city },
      contact: { person: application.person, email: application.email, phone: application.phone, website: application.website || undefined },
    },
  })
  await notifyAdmins(payload, {
    subject: `Neuer Aufnahmeantrag: „${application.name}“`,
    text: [
      `Über das Formular „Verein eintragen“ hat ${application.person} (${application.email}) den Verein „${application.name}“ angemeldet.`,
      'Der Eintrag ist noch nicht öffentlich. Bitte prüfen, ergänzen und – wenn alles stimmt – den Status auf „Aktives Mitglied“ setzen und veröffentlichen:',
      absoluteUrl(`/admin/collections/member-organisations/${created.id}`),
    ].join('\n\n'),
  })
  return { kind: 'accepted' }
}
