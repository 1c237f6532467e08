import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (created on the "create first user" screen or by the
 * seed) must be able to manage everything, so it becomes an admin whatever
 * was sent. Later accounts keep the role an admin gave them (default: editor).
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
