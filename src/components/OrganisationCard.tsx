import Link from 'next/link'

import type { DirectoryEntry } from '@/content/directory'
import { countryName } from '@/lib/countries'
import { districtName } from '@/lib/districts'
import { fieldOfActivityLabel } from '@/lib/fieldsOfActivity'
import { organisationPath } from '@/lib/paths'

/** "Türkei, Kurdisch": countries of origin and the community label, as one line. */
export const originLine = (entry: Pick<DirectoryEntry, 'countries' | 'community'>) =>
  [...(entry.countries ?? []).map(countryName), entry.community].filter(Boolean).join(', ')

/** One organisation in the directory list. */
export function OrganisationCard({ entry }: { entry: DirectoryEntry }) {
  const origin = originLine(entry)
  return (
    <article className="org-card">
      <h2 className="org-card__name">
        <Link href={organisationPath(entry.slug)}>{entry.name}</Link>
      </h2>
      <p className="meta">
        {[origin, entry.district && districtName(entry.district)].filter(Boolean).join(' · ')}
      </p>
      {entry.fields?.length ? <p className="tags">{entry.fields.map(fieldOfActivityLabel).join(' · ')}</p> : null}
      {entry.shortDescription && <p className="org-card__text">{entry.shortDescription}</p>}
    </article>
  )
}
