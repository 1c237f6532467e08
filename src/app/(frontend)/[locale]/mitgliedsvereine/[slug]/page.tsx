import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { ArticleGrid } from '@/components/ArticleCard'
import { originLine } from '@/components/OrganisationCard'
import { PreviewBanner } from '@/components/PreviewBanner'
import { ProtectedEmail } from '@/components/ProtectedEmail'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichTextBody } from '@/components/RichTextBody'
import { listArticlesMentioning } from '@/content/articles'
import { getOrganisationBySlug } from '@/content/organisations'
import { boroughOf, districtName } from '@/lib/districts'
import { fieldOfActivityLabel } from '@/lib/fieldsOfActivity'
import { languageName } from '@/lib/languages'
import { pageMetadata } from '@/lib/pageMetadata'
import { directoryPath, organisationPath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const { slug } = await props.params
  const locale = await localeOf(props.params)
  const { organisation, preview } = await getOrganisationBySlug(slug, locale)
  if (!organisation) notFound()
  return { organisation, preview, slug, locale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { organisation, slug } = await load(props)
  return pageMetadata({
    title: `${organisation.name} – Mitgliedsverein`,
    description: organisation.shortDescription,
    path: organisationPath(slug),
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

export default async function OrganisationPage(props: Props) {
  const { organisation: org, preview, slug, locale } = await load(props)
  const news = await listArticlesMentioning(org.id, locale)
  const address = [org.address?.street, [org.address?.postalCode, org.address?.city].filter(Boolean).join(' ')].filter(Boolean)
  const district = org.district ? `${districtName(org.district)} (${boroughOf(org.district) ?? ''})` : null

  return (
    <>
      {preview && <PreviewBanner path={organisationPath(slug)} />}
      <div className="container profile">
        <p className="breadcrumb">
          <Link href="/mitgliedsvereine">Alle Mitgliedsvereine</Link>
        </p>
        <div className="profile__head">
          <ResponsiveImage image={org.logo} preset="card" priority className="profile__logo" />
          <div>
            <p className="meta">Vereins-Steckbrief</p>
            <h1>{org.name}</h1>
            {org.shortDescription && <p className="lead">{org.shortDescription}</p>}
          </div>
        </div>

        <dl className="profile__facts">
          <Row label="Herkunft">{originLine(org)}</Row>
          <Row label="Tätigkeitsfelder">
            {org.fields?.length
              ? org.fields.map((field, i) => (
                  <span key={field}>
                    {i > 0 && ', '}
                    <Link href={directoryPath({ feld: field })}>{fieldOfActivityLabel(field)}</Link>
                  </span>
                ))
              : null}
          </Row>
          <Row label="Stadtteil">{district && org.district ? <Link href={directoryPath({ stadtteil: org.district })}>{district}</Link> : null}</Row>
          <Row label="Anschrift">{address.length ? address.map((line) => <span key={line} className="line">{line}</span>) : null}</Row>
          <Row label="Ansprechperson">{org.contact?.person}</Row>
          <Row label="Telefon">{org.contact?.phone ? <a href={`tel:${org.contact.phone.replace(/[^+\d]/g, '')}`}>{org.contact.phone}</a> : null}</Row>
          <Row label="E-Mail">{org.contact?.email ? <ProtectedEmail email={org.contact.email} /> : null}</Row>
          <Row label="Website">{org.contact?.website ? <a href={org.contact.website}>{hostOf(org.contact.website)}</a> : null}</Row>
          <Row label="Soziale Medien">
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
          <Row label="Sprachen">{org.languages?.length ? org.languages.map(languageName).join(', ') : null}</Row>
          <Row label="Gegründet">{org.founded}</Row>
          <Row label="Mitglied im Verbund seit">{org.memberSince}</Row>
        </dl>

        {org.description && (
          <section aria-labelledby="ueber-den-verein">
            <h2 id="ueber-den-verein">Über den Verein</h2>
            <RichTextBody data={org.description} />
          </section>
        )}

        {news.length > 0 && (
          <section aria-labelledby="nachrichten">
            <h2 id="nachrichten">Nachrichten über {org.name}</h2>
            <ArticleGrid articles={news} headingLevel="h3" eager={0} />
          </section>
        )}
      </div>
    </>
  )
}
