import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { ArticleGrid } from '@/components/ArticleCard'
import { DistrictName, fieldLabel, Origin } from '@/components/OrganisationCard'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { ProtectedEmail } from '@/components/ProtectedEmail'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichTextBody } from '@/components/RichTextBody'
import { listArticlesMentioning } from '@/content/articles'
import { getOrganisationBySlug } from '@/content/organisations'
import { i18n } from '@/i18n'
import { languageOf, localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { rich } from '@/i18n/rich'
import { boroughOf } from '@/lib/districts'
import { languageName } from '@/lib/languages'
import { pageMetadata } from '@/lib/pageMetadata'
import { directoryPath, organisationPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const { slug } = await props.params
  const { organisation, preview, language } = await getOrganisationBySlug(slug, locale)
  if (!organisation) notFound()
  return { organisation, preview, slug, locale, language }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { organisation, slug, locale, language } = await load(props)
  const { t, format } = i18n(locale)
  return pageMetadata({
    title: format(t.profile.title, { name: organisation.name }),
    description: organisation.shortDescription,
    path: organisationPath(slug),
    locale,
    translations: language.translations,
    image: organisation.logo,
  })
}

/** One line of the profile; nothing when the value is empty. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null
  return (
    <div className="profile__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const hostOf = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')

/**
 * An organisation's profile ("Vereins-Steckbrief"): the facts with labels,
 * countries and languages in the reader's language; its own descriptions in
 * that language when translated, else in German (marked, with a note).
 * Names, addresses and districts stay as they are, set apart in Arabic text.
 */
export default async function OrganisationPage(props: Props) {
  const { organisation: org, preview, slug, locale, language } = await load(props)
  const { t, href } = i18n(locale)
  const news = await listArticlesMentioning(org.id, locale)
  const address = [org.address?.street, [org.address?.postalCode, org.address?.city].filter(Boolean).join(' ')].filter(Boolean)
  const german = languageOf('de', locale)

  return (
    <>
      {preview && <PreviewBanner path={localizedPath(organisationPath(slug), locale)} />}
      <PageLanguages locale={locale} path={organisationPath(slug)} shown={language.shown} />
      <div className="container profile">
        <p className="breadcrumb">
          <Link href={href('/mitgliedsvereine')}>{t.profile.allOrganisations}</Link>
        </p>
        <div className="profile__head">
          <ResponsiveImage image={org.logo} preset="card" priority className="profile__logo" />
          <div>
            <p className="meta">{t.profile.kind}</p>
            <h1 dir="auto">{org.name}</h1>
            {org.shortDescription && (
              <p className="lead" {...languageOf(language.of('shortDescription'), locale)}>
                {org.shortDescription}
              </p>
            )}
          </div>
        </div>

        <dl className="profile__facts">
          <Row label={t.profile.origin}>
            {org.countries?.length || org.community ? (
              <Origin countries={org.countries} community={org.community} communityLanguage={language.of('community')} locale={locale} />
            ) : null}
          </Row>
          <Row label={t.profile.fields}>
            {org.fields?.length
              ? org.fields.map((field, i) => (
                  <span key={field}>
                    {i > 0 && ', '}
                    <Link href={href(directoryPath({ feld: field }))}>{fieldLabel(field, locale)}</Link>
                  </span>
                ))
              : null}
          </Row>
          <Row label={t.profile.district}>
            {org.district ? (
              <Link href={href(directoryPath({ stadtteil: org.district }))}>
                <DistrictName value={org.district} locale={locale} /> <span {...german}>({boroughOf(org.district) ?? ''})</span>
              </Link>
            ) : null}
          </Row>
          <Row label={t.profile.address}>
            {address.length
              ? address.map((line) => (
                  <span key={line} className="line" {...german}>
                    {line}
                  </span>
                ))
              : null}
          </Row>
          <Row label={t.profile.person}>{org.contact?.person ? <bdi>{org.contact.person}</bdi> : null}</Row>
          <Row label={t.profile.phone}>
            {org.contact?.phone ? (
              <a href={`tel:${org.contact.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                {org.contact.phone}
              </a>
            ) : null}
          </Row>
          <Row label={t.profile.email}>{org.contact?.email ? <ProtectedEmail email={org.contact.email} locale={locale} /> : null}</Row>
          <Row label={t.profile.website}>
            {org.contact?.website ? (
              <a href={org.contact.website} dir="ltr">
                {hostOf(org.contact.website)}
              </a>
            ) : null}
          </Row>
          <Row label={t.profile.social}>
            {org.socialLinks?.length
              ? org.socialLinks.map((link, i) => (
                  <span key={link.id ?? link.url}>
                    {i > 0 && ', '}
                    <a href={link.url} rel="noopener">
                      {link.platform.charAt(0).toUpperCase() + link.platform.slice(1)}
                    </a>
                  </span>
                ))
              : null}
          </Row>
          <Row label={t.profile.languages}>{org.languages?.length ? org.languages.map((code) => languageName(code, locale)).join(', ') : null}</Row>
          <Row label={t.profile.founded}>{org.founded}</Row>
          <Row label={t.profile.memberSince}>{org.memberSince}</Row>
        </dl>

        {org.description && (
          <section aria-labelledby="ueber-den-verein">
            <h2 id="ueber-den-verein">{t.profile.about}</h2>
            <div {...languageOf(language.of('description'), locale)}>
              <RichTextBody data={org.description} />
            </div>
          </section>
        )}

        {news.length > 0 && (
          <section aria-labelledby="nachrichten">
            <h2 id="nachrichten">{rich(t.profile.news, { name: <bdi>{org.name}</bdi> })}</h2>
            <ArticleGrid articles={news} locale={locale} headingLevel="h3" eager={0} />
          </section>
        )}
      </div>
    </>
  )
}
