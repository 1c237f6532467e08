/**
 * "Verein eintragen": what an organisation may send, checked field by field
 * with German messages, and turned into a pending, unpublished directory entry.
 */
import type { Payload } from 'payload'

import { COUNTRY_CODES } from '@/lib/countries'
import { DISTRICT_OPTIONS } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_CODES } from '@/lib/languages'
import { notifyAdmins } from '@/lib/notifyAdmins'
import { absoluteUrl } from '@/lib/paths'
import { addressIdentity, emailIdentity, type RateLimit, withinRateLimit } from '@/lib/rateLimit'
import { slugify } from '@/lib/slugify'
import { checkHttpUrl, EMAIL_MESSAGE, isEmail, isPostalCode, POSTAL_CODE_MESSAGE } from '@/lib/validation'

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

/** Checks everything at once, so the reader sees every problem in one answer. */
export function readApplication(form: FormData): { application: Application; errors: ApplicationErrors } {
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

  if (!application.name) errors.name = 'Bitte den Namen des Vereins angeben.'
  else if (!slugify(application.name)) errors.name = 'Bitte den Namen (auch) in lateinischer Schrift angeben.'
  if (!application.person) errors.person = 'Bitte eine Ansprechperson angeben.'
  if (!application.email) errors.email = 'Bitte eine E-Mail-Adresse angeben, unter der wir Sie erreichen.'
  else if (!isEmail(application.email)) errors.email = EMAIL_MESSAGE
  if (!application.shortDescription) errors.shortDescription = 'Bitte beschreiben Sie Ihren Verein in ein, zwei Sätzen.'
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (application[field].length > max) errors[field] = `Bitte höchstens ${max} Zeichen.`
  }
  if (application.countries.some((c) => !COUNTRY_CODES.has(c))) errors.countries = 'Bitte nur Länder aus der Liste wählen.'
  if (application.languages.some((l) => !LANGUAGE_CODES.has(l))) errors.languages = 'Bitte nur Sprachen aus der Liste wählen.'
  if (application.fields.some((f) => !FIELD_VALUES.has(f))) errors.fields = 'Bitte nur Tätigkeitsfelder aus der Liste wählen.'
  if (application.district && !DISTRICT_VALUES.has(application.district)) errors.district = 'Bitte einen Stadtteil aus der Liste wählen.'
  if (application.postalCode && !isPostalCode(application.postalCode)) errors.postalCode = POSTAL_CODE_MESSAGE
  if (application.website) {
    const check = checkHttpUrl(application.website)
    if (check !== true) errors.website = check
  }
  const founded = text('founded')
  if (founded) {
    const year = Number(founded)
    if (!/^\d{4}$/.test(founded) || year < 1900 || year > new Date().getFullYear()) {
      errors.founded = `Bitte ein Jahr zwischen 1900 und ${new Date().getFullYear()} angeben.`
    } else application.founded = year
  }
  if (form.get('consent') !== 'ja') errors.consent = 'Bitte bestätigen Sie, dass Sie für den Verein sprechen und wir die Angaben speichern dürfen.'
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
export async function submitApplication(payload: Payload, form: FormData, clientIp: string): Promise<SubmitOutcome> {
  if (filledByBot(form)) return { kind: 'accepted' }
  const { application, errors } = readApplication(form)
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
