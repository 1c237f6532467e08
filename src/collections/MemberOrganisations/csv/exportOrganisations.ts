import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import { cellsOf, HEADERS, rowOf } from './columns'
import { escapeFormula } from './formulas'

/**
 * The whole directory (every status) as CSV: semicolons and a byte-order mark,
 * so that Excel opens it with umlauts intact; sorted by name. No cell can act
 * as a formula (formulas.ts).
 */
export async function exportOrganisationsCsv(payload: Payload): Promise<string> {
  const { docs } = await payload.find({
    collection: 'member-organisations',
    pagination: false,
    depth: 0,
    sort: 'name',
    locale: 'de',
    overrideAccess: true,
  })
  return stringify([HEADERS, ...docs.map((doc) => cellsOf(rowOf(doc)).map(escapeFormula))], { delimiter: ';', bom: true, record_delimiter: 'windows' })
}
