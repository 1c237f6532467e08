import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Breadcrumbs are rebuilt on every save (nested-docs plugin) and localized.
 * Saving a page in one language reads it with German as fallback, so the rows
 * would come back with the German rows' ids and collide with them ("Wert muss
 * einzigartig sein" when a translated parent re-saves its children). The rows'
 * ids mean nothing: they are dropped, and each language gets rows of its own.
 */
export const freshBreadcrumbRows: CollectionBeforeChangeHook = ({ data }) => {
  if (Array.isArray(data.breadcrumbs)) data.breadcrumbs = data.breadcrumbs.map(({ id: _id, ...crumb }: { id?: string }) => crumb)
  return data
}
