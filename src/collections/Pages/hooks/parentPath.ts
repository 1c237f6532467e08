import type { CollectionBeforeValidateHook } from 'payload'

import { publicError } from '@/lib/publicError'

const idOf = (ref: unknown): number | null => (ref && typeof ref === 'object' ? Number((ref as { id: number }).id) : ref ? Number(ref) : null)

/**
 * A page's slug is its whole path ("ueber-uns/geschichte"), so pages keep
 * resolving by their address as before. A page with a parent gets the parent's
 * path in front of its own last part; when a parent's path changes, the
 * nested-docs plugin saves its children again, and this gives them the new one
 * (their old addresses then get redirects like any changed slug).
 */
export const prefixParentPath: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const parentId = idOf(data.parent !== undefined ? data.parent : originalDoc?.parent)
  const slug: string | undefined = data.slug ?? originalDoc?.slug
  if (!parentId || !slug) return data
  if (originalDoc?.id && parentId === originalDoc.id) throw publicError('Eine Seite kann nicht unter sich selbst stehen.')
  const parent = await req.payload.findByID({ collection: 'pages', id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!parent?.slug) return data
  if (originalDoc?.slug && parent.slug.startsWith(`${originalDoc.slug}/`)) {
    throw publicError('Eine Seite kann nicht unter einer ihrer eigenen Unterseiten stehen.')
  }
  return { ...data, slug: `${parent.slug}/${slug.split('/').at(-1)}` }
}
