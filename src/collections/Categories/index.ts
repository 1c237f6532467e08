import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { slugField } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Kategorie', plural: 'Kategorien' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'order'],
    description: 'Rubriken der Nachrichten, z. B. Verbund-News oder Kultur. Die Reihenfolge bestimmt den Filter auf „Aktuelles“.',
  },
  defaultSort: 'order',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, localized: true },
    slugField({ fallbackPrefix: 'kategorie' }),
    { name: 'order', label: 'Reihenfolge', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
