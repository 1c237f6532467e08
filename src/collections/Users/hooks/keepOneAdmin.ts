import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { publicError } from '@/lib/publicError'

const LAST_ADMIN_MESSAGE =
  'Dies ist das letzte Konto mit der Rolle „Administrator“. Legen Sie zuerst ein weiteres Administrator-Konto an.'

async function countAdmins(req: PayloadRequest): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** Demoting the last admin would lock everyone out of users and settings. */
export const keepOneAdminOnUpdate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const demoted = originalDoc?.role === 'admin' && data.role !== undefined && data.role !== 'admin'
  if (demoted && (await countAdmins(req)) <= 1) throw publicError(LAST_ADMIN_MESSAGE)
  return data
}

/** Deleting the last admin would lock everyone out as well. */
export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, overrideAccess: true, req, depth: 0 })
  if (user?.role === 'admin' && (await countAdmins(req)) <= 1) {
    throw publicError(LAST_ADMIN_MESSAGE)
  }
}
