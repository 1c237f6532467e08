import Link from 'next/link'

import type { ProjectCard as Card } from '@/content/projects'
import { i18n } from '@/i18n'
import { localizedPath, type Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/formatDate'
import { projectPath } from '@/lib/paths'

import { ResponsiveImage } from './ResponsiveImage'

/** "März 2025 – Dezember 2026", "seit März 2025": a project's period in the reader's language. */
export function projectPeriod(project: Pick<Card, 'startDate' | 'endDate'>, locale: Locale): string | null {
  const { t, format } = i18n(locale)
  if (!project.startDate) return null
  const start = formatDate(project.startDate, locale)
  return project.endDate ? `${start} – ${formatDate(project.endDate, locale)}` : format(t.projects.since, { start })
}

export function ProjectCard({ project, locale }: { project: Card; locale: Locale }) {
  const period = projectPeriod(project, locale)
  return (
    <article className="card">
      <ResponsiveImage image={project.image} preset="card" className="card__image" />
      <div className="card__body">
        {period && <p className="meta">{period}</p>}
        <h3 className="card__title" dir="auto">
          <Link href={localizedPath(projectPath(project.slug), locale)}>{project.title}</Link>
        </h3>
        {project.summary && (
          <p className="card__teaser" dir="auto">
            {project.summary}
          </p>
        )}
      </div>
    </article>
  )
}
