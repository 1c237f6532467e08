import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isSitePath } from '@/lib/paths'

const validPath = (value: string | null | undefined) =>
  !value || isSitePath(value) ? true : 'Bitte einen Pfad der Website angeben, z. B. „/aktuelles/nachrichten/sommerfest“.'

/**
 * Old addresses that lead on to new ones with a 301. Written automatically when
 * a published article or page changes its slug (hooks/recordSlugRedirect.ts);
 * staff may add their own. The front server (src/server/) answers them.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Weiterleitung', plural: 'Weiterleitungen' },
  admin: {
    group: 'Einstellungen',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    listSearchableFields: ['from', 'to'],
    description:
      'Alte Adressen, die dauerhaft (301) auf neue weiterleiten. Entsteht automatisch, wenn sich das URL-Kürzel eines veröffentlichten Beitrags oder einer Seite ändert.',
  },
  defaultSort: '-updatedAt',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    {
      name: 'from',
      label: 'Alte Adresse',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validPath,
    },
    { name: 'to', label: 'Neue Adresse', type: 'text', required: true, validate: validPath },
  ],
}
