import type { ApplicationField } from './organisationApplication'

/** The German labels of the application form, shared by the form and its error answers. */
export const APPLICATION_LABELS: Record<ApplicationField, string> = {
  name: 'Name des Vereins',
  countries: 'Herkunftsländer',
  community: 'Gemeinschaft (ohne eigenen Staat)',
  fields: 'Tätigkeitsfelder',
  district: 'Stadtteil',
  street: 'Straße und Hausnummer',
  postalCode: 'PLZ',
  city: 'Ort',
  person: 'Ansprechperson',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Website',
  languages: 'Sprachen',
  founded: 'Gegründet (Jahr)',
  shortDescription: 'Kurzbeschreibung',
  consent: 'Einverständnis',
}
