import { keptUntilContentChanges } from '@/cache/contentVersion'
import { dependencyTags, recordDependency, type ChangeReach } from '@/cache/dependencies'
import { EASY_LANGUAGE_PREFIX, easyLanguagePath, explainedPath } from '@/lib/paths'

import { payloadClient } from './payload'

/** Which pages exist changes only when a page is published, unpublished, deleted or gets another address. */
const touchesPageList = (change: ChangeReach) => Boolean(change.tags?.includes(dependencyTags.pagesAll))

/** The paths of every published Leichte-Sprache page, read once until the list of pages changes. */
const listEasyLanguagePaths = keptUntilContentChanges(async (): Promise<Set<string>> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { like: EASY_LANGUAGE_PREFIX.slice(1) } },
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return new Set(docs.map((doc) => `/${doc.slug}`).filter((path) => explainedPath(path) !== null))
}, touchesPageList)

/**
 * The links between a page and its Leichte-Sprache version (see
 * easyLanguagePath): `easy` on a page that has one, `standard` on the
 * Leichte-Sprache page itself. Every page records the list of pages: one
 * published at its Leichte-Sprache address adds the link.
 */
export async function getEasyLanguageLinks(path: string): Promise<{ easy?: string; standard?: string }> {
  recordDependency(dependencyTags.pagesAll)
  const standard = explainedPath(path)
  if (standard) return { standard }
  const easy = easyLanguagePath(path)
  return (await listEasyLanguagePaths()).has(easy) ? { easy } : {}
}
