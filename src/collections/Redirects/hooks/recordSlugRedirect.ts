import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

/**
 * After a publish: when the slug differs from the one last published, the old
 * address gets a redirect to the new one, so shared links keep working.
 * Compared with the previous *published* version, because drafts (autosave)
 * may have changed the slug long before the publish.
 */
export function recordSlugRedirect(pathOf: (slug: string) => string): CollectionAfterChangeHook {
  return async ({ collection, doc, req }) => {
    if (doc._status !== 'published' || !doc.slug) return doc
    const slug = collection.slug as CollectionSlug
    const { docs } = await req.payload.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 2,
      depth: 0,
      req,
    })
    const previousSlug = (docs[1]?.version as { slug?: string } | undefined)?.slug
    const to = pathOf(doc.slug)

    // A live document owns its address: no redirect may hide it.
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req })
    if (!previousSlug || previousSlug === doc.slug) return doc

    const from = pathOf(previousSlug)
    // Chains collapse: whatever pointed to the old address now points to the new one.
    await req.payload.update({ collection: 'redirects', where: { to: { equals: from } }, data: { to }, req })
    const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, req })
    if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to }, req })
    else await req.payload.create({ collection: 'redirects', data: { from, to }, req })
    return doc
  }
}
