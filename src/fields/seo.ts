import type { GroupField } from 'payload'

import { imageField } from './image'

/** Title, description and image for search engines and social previews. */
export const seoFields: GroupField = {
  name: 'meta',
  label: 'SEO und Vorschau in sozialen Netzwerken',
  type: 'group',
  admin: { description: 'Leer lassen: Titel, Teaser und Titelbild werden verwendet.' },
  fields: [
    { name: 'title', label: 'SEO-Titel', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', label: 'SEO-Beschreibung', type: 'textarea', localized: true, maxLength: 160 },
    imageField('image', 'Vorschaubild'),
  ],
}
