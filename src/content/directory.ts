import { payloadClient } from './payload'

export type DirectoryFigures = { organisations: number; countries: number }

/** "über 70 Vereine aus über 20 Herkunftsländern", counted live from the public directory. */
export async function getDirectoryFigures(): Promise<DirectoryFigures> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'member-organisations',
    pagination: false,
    depth: 0,
    select: { countries: true },
    overrideAccess: false,
  })
  const countries = new Set(docs.flatMap((doc) => doc.countries ?? []))
  return { organisations: docs.length, countries: countries.size }
}
