import type { Field, GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isSitePath } from '@/lib/paths'

const menuItemFields: Field[] = [
  { name: 'label', label: 'Beschriftung', type: 'text', required: true, localized: true },
  {
    name: 'href',
    label: 'Ziel',
    type: 'text',
    required: true,
    admin: { description: 'Pfad der Website (z. B. /aktuelles) oder vollständige Adresse (https://…)' },
    validate: (value: string | null | undefined) =>
      !value || isSitePath(value) || /^https?:\/\/\S+$/.test(value)
        ? true
        : 'Bitte einen Pfad wie „/aktuelles“ oder eine Adresse mit https:// angeben.',
  },
]

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigation',
  admin: { group: 'Einstellungen' },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'header',
      label: 'Hauptmenü',
      type: 'array',
      fields: [
        ...menuItemFields,
        {
          name: 'children',
          label: 'Untermenü',
          labels: { singular: 'Unterpunkt', plural: 'Unterpunkte' },
          type: 'array',
          maxRows: 12,
          admin: { description: 'Optional: Einträge, die unter diesem Menüpunkt aufklappen, z. B. „Geschichte“ unter „Über uns“.' },
          fields: menuItemFields,
        },
      ],
    },
    { name: 'footer', label: 'Fußzeile', type: 'array', fields: menuItemFields },
  ],
}
