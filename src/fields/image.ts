import type { UploadField } from 'payload'

/**
 * A field that shows an image (a title image, a logo, a preview image): the
 * editor's picker offers images only, and a save with anything else (a PDF
 * from the same media library, which a page would show as a broken image)
 * is refused.
 */
export const imageField = (name: string, label: string, description?: string): UploadField => ({
  name,
  label,
  type: 'upload',
  relationTo: 'media',
  filterOptions: { mimeType: { like: 'image/' } },
  ...(description ? { admin: { description } } : {}),
})
