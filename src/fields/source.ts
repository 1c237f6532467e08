import type { GroupField } from 'payload'

import { urlField } from './url'

/** "Quelle: Stadt Essen, www.essen.de" under an article, with an optional link. */
export const sourceField: GroupField = {
  name: 'source',
  label: 'Quelle',
  type: 'group',
  fields: [
    { name: 'label', label: 'Quellenangabe', type: 'text', admin: { description: 'z. B. „Stadt Essen, www.essen.de“' } },
    urlField('url', 'Link zur Quelle'),
  ],
}
