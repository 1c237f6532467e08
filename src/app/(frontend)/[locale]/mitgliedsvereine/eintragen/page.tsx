import type { Metadata } from 'next'

import { ApplicationForm } from '@/components/ApplicationForm.client'
import { PageLanguages } from '@/components/PageLanguages'
import { HONEYPOT_FIELD } from '@/forms/honeypot'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { countryOptions } from '@/lib/countries'
import { BOROUGHS, districtValue } from '@/lib/districts'
import { FIELDS_OF_ACTIVITY } from '@/lib/fieldsOfActivity'
import { languageOptions } from '@/lib/languages'
import { pageMetadata } from '@/lib/pageMetadata'

import { fieldLabel } from '@/components/OrganisationCard'

type Props = { params: Promise<{ locale: string }> }

const PATH = '/mitgliedsvereine/eintragen'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return pageMetadata({ title: t.application.title, description: t.application.description, path: PATH, locale })
}

/** "Verein eintragen" in the reader's language: the form posts to this language's handler, which answers in it. */
export default async function ApplicationPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  const { errors: _errors, ...texts } = t.application
  return (
    <>
      <PageLanguages locale={locale} path={PATH} />
      <div className="container narrow">
        <h1>{t.application.title}</h1>
        <p className="lead">{t.application.lead}</p>
        <ApplicationForm
          action={href(`${PATH}/absenden`)}
          texts={{ ...texts, honeypot: t.forms.honeypot }}
          countries={countryOptions(locale)}
          languages={languageOptions(locale)}
          fields={FIELDS_OF_ACTIVITY.map((f) => ({ value: f.value, label: fieldLabel(f.value, locale) }))}
          districts={BOROUGHS.map(({ borough, districts }) => ({
            label: borough,
            options: districts.map((d) => ({ value: districtValue(d), label: d })),
          }))}
          honeypot={HONEYPOT_FIELD}
        />
      </div>
    </>
  )
}
