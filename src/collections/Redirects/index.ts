import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { checkRule, tokenize } from '@/server/redirectRules'

/** Old addresses as other sites link them: letters (also capitals and umlauts), digits, - _ . ~ % and /. */
const OLD_PATH = /^\/(?!\/)[\p{L}\p{N}\-_.~%/]*$/u
/** New addresses are paths of this site. */
const SITE_PATH = /^\/(?!\/)[a-z0-9\-_.~%/]*$/

/** The address with its placeholders (:name, *) taken out, for the character check. */
const literalPart = (value: string) =>
  tokenize(value)
    .map((token) => (token.kind === 'literal' ? token.text : 'x'))
    .join('')

const validFrom = (value: string | null | undefined, { siblingData }: { siblingData: { to?: string | null } }) => {
  if (!value) return 'Bitte die alte Adresse angeben.'
  if (!OLD_PATH.test(literalPart(value)) || value.includes('//')) {
    return 'Bitte einen Pfad der Website wie „/ueber-uns/geschichte.html“ angeben (ohne Domain, ohne ? und #). Platzhalter: * und :name.'
  }
  return checkRule(value, siblingData?.to ?? null) ?? true
}

const validTo = (value: string | null | undefined) => {
  if (!value) return 'Bitte die neue Adresse angeben.'
  if (!SITE_PATH.test(literalPart(value)) || value.includes('//')) {
    return 'Bitte einen Pfad der Website angeben, z. B. „/aktuelles/nachrichten/sommerfest“ oder „/aktuelles/nachrichten/:slug“.'
  }
  return true
}

/**
 * Old addresses that lead on to new ones with a 301: exact paths, and
 * patterns for whole families of old addresses (src/server/redirectRules.ts).
 * Written automatically when a published article, page, event or project
 * changes its slug (hooks/recordSlugRedirect.ts) and by the news import;
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
      'Alte Adressen, die dauerhaft (301) auf neue weiterleiten. Entsteht automatisch, wenn sich das URL-Kürzel eines veröffentlichten Inhalts ändert. ' +
      'Muster: * steht für beliebigen Text, :name für einen Teil der Adresse, der in der neuen Adresse wieder eingesetzt werden kann – ' +
      'z. B. „/servicecenter/archiv/nachrichten/:slug“ → „/aktuelles/nachrichten/:slug“. Eine genaue Adresse geht jedem Muster vor.',
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
      validate: validFrom,
      admin: { description: 'z. B. „/ueber-uns/geschichte.html“ oder „/start/verbund-news/article/:slug/:id.html“' },
    },
    { name: 'to', label: 'Neue Adresse', type: 'text', required: true, validate: validTo },
  ],
}
