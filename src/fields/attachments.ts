import type { ArrayField } from 'payload'

/**
 * Files (PDFs from the media library) attached to an article, a page or a
 * project, shown under the text with title, type and size
 * (src/content/documents.ts: attachmentsOf). The title given here replaces
 * the file's own for this place.
 */
export const attachmentsField: ArrayField = {
  name: 'attachments',
  label: 'Anhänge',
  labels: { singular: 'Anhang', plural: 'Anhänge' },
  type: 'array',
  admin: { description: 'PDF-Dateien aus den Medien, z. B. eine Pressemitteilung oder ein Flyer.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'file',
          label: 'Datei',
          type: 'upload',
          relationTo: 'media',
          required: true,
          filterOptions: { mimeType: { equals: 'application/pdf' } },
        },
        { name: 'title', label: 'Titel (leer: Titel der Datei)', type: 'text', localized: true },
      ],
    },
  ],
}
