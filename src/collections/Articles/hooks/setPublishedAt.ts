import type { CollectionBeforeChangeHook } from 'payload'

/** Publishing without a date means "now", so the article shows up at once. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) return { ...data, publishedAt: new Date().toISOString() }
  return data
}
