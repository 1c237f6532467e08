import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleGrid } from '@/components/ArticleCard'
import { Attachments } from '@/components/AttachmentList'
import { EventGrid } from '@/components/EventCard'
import { HeroImage } from '@/components/HeroImage'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { projectPeriod } from '@/components/ProjectCard'
import { ProtectedEmail } from '@/components/ProtectedEmail'
import { RichTextBody } from '@/components/RichTextBody'
import { attachmentsOf } from '@/content/documents'
import { getProjectBySlug, listProjectRelated } from '@/content/projects'
import { i18n } from '@/i18n'
import { languageOf, localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { organisationPath, PROJECTS_PATH, projectPath } from '@/lib/paths'
import { richTextPlainText } from '@/lib/richText'
import type { Media } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const { slug } = await props.params
  const { project, preview, language } = await getProjectBySlug(slug, locale)
  if (!project) notFound()
  return { project, preview, language, slug, locale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { project, language, slug, locale } = await load(props)
  return pageMetadata({
    title: project.meta?.title || project.title,
    description: project.meta?.description || project.summary || richTextPlainText(project.description).slice(0, 160),
    path: projectPath(slug),
    locale,
    translations: language.translations,
    image: project.meta?.image || project.image,
  })
}

/** A logo as uploaded (small, no generated sizes needed); nothing when missing. */
function Logo({ image }: { image: Media | number | null | undefined }) {
  if (!image || typeof image === 'number' || !image.url) return null
  const src = image.sizes?.thumbnail?.url || image.url
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt={image.alt} loading="lazy" />
}

/**
 * One project: period and status, description, funders with logo and funding
 * line, partners (member organisations linked), contact, attachments, and
 * the project's news and events.
 */
export default async function ProjectPage(props: Props) {
  const { project, preview, language, slug, locale } = await load(props)
  const { t, href } = i18n(locale)
  const shown = language.shown
  const [related, documents] = [await listProjectRelated(project, locale), attachmentsOf(project)]
  const period = projectPeriod(project, locale)
  const contact = project.contact
  return (
    <>
      {preview && <PreviewBanner path={localizedPath(projectPath(slug), locale)} />}
      <PageLanguages locale={locale} path={projectPath(slug)} shown={shown} />
      <article className="container article project">
        <p className="breadcrumb">
          <Link href={href(PROJECTS_PATH)}>{t.projects.allProjects}</Link>
        </p>
        <header className="article__header">
          <h1 {...languageOf(shown, locale)}>{project.title}</h1>
          {project.summary && (
            <p className="lead" {...languageOf(shown, locale)} dir="auto">
              {project.summary}
            </p>
          )}
        </header>
        <dl className="facts">
          <div>
            <dt>{t.projects.period}</dt>
            <dd>
              {period ? `${period} · ` : ''}
              {t.projects.status[project.status]}
            </dd>
          </div>
          {contact?.person && (
            <div>
              <dt>{t.projects.contact}</dt>
              <dd>
                <bdi>{contact.person}</bdi>
                {contact.role && (
                  <>
                    {' '}
                    (<bdi>{contact.role}</bdi>)
                  </>
                )}
                {contact.email && (
                  <>
                    <br />
                    <ProtectedEmail email={contact.email} locale={locale} />
                  </>
                )}
                {contact.phone && (
                  <>
                    <br />
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                      {contact.phone}
                    </a>
                  </>
                )}
              </dd>
            </div>
          )}
        </dl>
        <HeroImage image={project.image} />
        <div {...languageOf(shown, locale)}>
          <RichTextBody data={project.description} />
        </div>
        {(project.funders?.length ?? 0) > 0 && (
          <section aria-labelledby="foerderer">
            <h2 id="foerderer">{t.projects.funders}</h2>
            <ul className="funders">
              {project.funders!.map((funder) => (
                <li key={funder.id ?? funder.name} className="funder" lang="de" dir="auto">
                  <Logo image={funder.logo} />
                  <div>
                    <p>
                      <strong>{funder.url ? <a href={funder.url}>{funder.name}</a> : funder.name}</strong>
                    </p>
                    {funder.fundingLine && <p className="funder__line">{funder.fundingLine}</p>}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(project.partners?.length ?? 0) > 0 && (
          <section aria-labelledby="partner">
            <h2 id="partner">{t.projects.partners}</h2>
            <ul className="partners">
              {project.partners!.map((partner) => {
                const org = partner.organisation && typeof partner.organisation === 'object' ? partner.organisation : null
                const link = org ? href(organisationPath(org.slug)) : partner.url
                return (
                  <li key={partner.id ?? partner.name} className="funder" lang="de" dir="auto">
                    <Logo image={partner.logo} />
                    <p>{link ? <a href={link}>{partner.name}</a> : partner.name}</p>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
        <Attachments documents={documents} locale={locale} />
      </article>
      <div className="container">
        {related.comingEvents.length > 0 && (
          <section aria-labelledby="projekt-termine">
            <h2 id="projekt-termine">{t.projects.comingEvents}</h2>
            <EventGrid events={related.comingEvents} locale={locale} headingLevel="h3" />
          </section>
        )}
        {related.articles.length > 0 && (
          <section aria-labelledby="projekt-nachrichten">
            <h2 id="projekt-nachrichten">{t.projects.news}</h2>
            <ArticleGrid articles={related.articles} locale={locale} headingLevel="h3" eager={0} />
          </section>
        )}
        {related.pastEvents.length > 0 && (
          <section aria-labelledby="projekt-vergangen">
            <h2 id="projekt-vergangen">{t.projects.pastEvents}</h2>
            <EventGrid events={related.pastEvents} locale={locale} headingLevel="h3" />
          </section>
        )}
      </div>
    </>
  )
}
