import type { Metadata } from 'next'

import { ApplicationForm } from '@/components/ApplicationForm.client'
import { APPLICATION_LABELS } from '@/forms/applicationLabels'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { COUNTRY_OPTIONS } from '@/lib/countries'
import { BOROUGHS, districtValue } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { LANGUAGE_OPTIONS } from '@/lib/languages'
import { pageMetadata } from '@/lib/pageMetadata'

export const metadata: Metadata = pageMetadata({
  title: 'Verein eintragen',
  description: 'Migrantenorganisationen aus Essen beantragen hier die Aufnahme in den Essener Verbund der Immigrantenvereine.',
  path: '/mitgliedsvereine/eintragen',
})

export default function ApplicationPage() {
  return (
    <div className="container narrow">
      <h1>Verein eintragen</h1>
      <p className="lead">
        Ihr Verein ist eine Migrantenorganisation in Essen und möchte Mitglied im Verbund werden? Schicken Sie uns Ihre
        Angaben. Wir melden uns, prüfen den Antrag und nehmen Ihren Verein danach in das Verzeichnis auf.
      </p>
      <ApplicationForm
        action="/mitgliedsvereine/eintragen/absenden"
        labels={APPLICATION_LABELS}
        countries={COUNTRY_OPTIONS}
        languages={LANGUAGE_OPTIONS}
        fields={FIELDS_OF_ACTIVITY}
        districts={BOROUGHS.map(({ borough, districts }) => ({
          label: borough,
          options: districts.map((d) => ({ value: districtValue(d), label: d })),
        }))}
        honeypot={HONEYPOT_FIELD}
      />
    </div>
  )
}
