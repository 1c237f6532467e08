/**
 * Projekte as the public pages read them: the list (running first), one
 * project, and the news and events that belong to it — each read as the
 * current reader may see it (published only, or a staff preview).
 */
import type { TypedLocale, Where } from 'payload'
import { cache } from 'react'

import { dependencyTags as tag, recordDependency } from '@/cache/dependencies'
import type { Locale } from '@/i18n/locales'
import type { Project } from '@/payload-types'

import { listArticleCards, type ArticleCard } from './articles'
import { recordImage, recordRichTextImages } from './dependencies'
import type { EventCard } from './events'
import { findBySlug, payloadClient, relationIds } from './payload'
import type { ContentLanguage } from './translations'

const CARD_SELECT = { title: true, slug: true, summary: true, status: true, startDate: true, endDate: true, image: true, funders: true, updatedAt: true } as const
export type ProjectCard = Pick<Project, 'id' | 'title' | 'slug' | 'summary' | 'status' | 'startDate' | 'endDate' | 'image' | 'funders' | 'updatedAt'>

/** Every published project: running ones first, then completed, each newest first; optionally only one status. */
export async function listProjects({ status, locale }: { status?: Project['status']; locale?: TypedLocale } = {}): Promise<ProjectCard[]> {
  recordDependency(tag.projectsAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'projects',
    where: status ? { status: { equals: status } } : undefined,
    sort: '-startDate',
    pagination: false,
    depth: 1,
    locale,
    select: CARD_SELECT,
    overrideAccess: false,
  })
  for (const doc of docs as ProjectCard[]) recordProject(doc)
  const order = { running: 0, completed: 1 }
  return (docs as ProjectCard[]).sort((a, b) => order[a.status] - order[b.status])
}

/** One project by slug: published for readers, the latest draft for staff in preview. */
export const getProjectBySlug = cache(async (slug: string, locale?: Locale): Promise<{ project: Project | null; preview: boolean; language: ContentLanguage }> => {
  const { doc, preview, language } = await findBySlug('projects', slug, 2, locale)
  if (doc) {
    recordProject(doc)
    recordRichTextImages(doc.description)
    for (const partner of doc.partners ?? []) recordImage(partner.logo)
  }
  return { project: doc, preview, language }
})

/** A project a page shows, with its image and its funders' logos. */
function recordProject(project: Pick<Project, 'id' | 'image' | 'funders'>): void {
  recordDependency(tag.project(project.id))
  recordImage(project.image)
  for (const funder of project.funders ?? []) recordImage(funder.logo)
}

/** The project's news (newest first) and events (coming soonest first, then past), as far as readers may see them. */
export async function listProjectRelated(project: Pick<Project, 'articles' | 'events'>, locale?: TypedLocale): Promise<{ articles: ArticleCard[]; comingEvents: EventCard[]; pastEvents: EventCard[] }> {
  const payload = await payloadClient()
  const articleIds = relationIds(project.articles)
  const eventIds = relationIds(project.events)
  const now = new Date().toISOString()
  const events = (where: Where, sort: string) =>
    eventIds.length
      ? payload.find({ collection: 'events', where: { and: [{ id: { in: eventIds } }, where] }, sort, pagination: false, depth: 1, locale, overrideAccess: false }).then((r) => r.docs as EventCard[])
      : Promise.resolve([])
  const [articles, comingEvents, pastEvents] = await Promise.all([
    listArticleCards(articleIds, locale ?? 'de'),
    events({ lastsUntil: { greater_than: now } }, 'startsAt'),
    events({ lastsUntil: { less_than_equal: now } }, '-startsAt'),
  ])
  // The events' cards: the events themselves, and the lists they move between as time passes.
  if (eventIds.length) recordDependency(tag.eventsAll, ...eventIds.map(tag.event))
  return { articles, comingEvents, pastEvents }
}
