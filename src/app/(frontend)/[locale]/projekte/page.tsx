import type { Metadata } from 'next'

import { PageLanguages } from '@/components/PageLanguages'
import { ProjectCard } from '@/components/ProjectCard'
import { listProjects } from '@/content/projects'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { PROJECTS_PATH } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return pageMetadata({ title: t.projects.title, description: t.projects.description, path: PROJECTS_PATH, locale })
}

/** Running projects first, then completed ones. */
export default async function ProjectsPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  const projects = await listProjects({ locale })
  const groups = [
    { id: 'laufend', heading: t.projects.running, projects: projects.filter((p) => p.status === 'running') },
    { id: 'abgeschlossen', heading: t.projects.completed, projects: projects.filter((p) => p.status === 'completed') },
  ].filter((group) => group.projects.length > 0)
  return (
    <>
      <PageLanguages locale={locale} path={PROJECTS_PATH} />
      <div className="container">
        <h1>{t.projects.title}</h1>
        <p className="lead">{t.projects.description}</p>
        {groups.length === 0 && <p>{t.projects.none}</p>}
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id}>
            <h2 id={group.id}>{group.heading}</h2>
            <ul className="card-grid">
              {group.projects.map((project) => (
                <li key={project.id}>
                  <ProjectCard project={project} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}
