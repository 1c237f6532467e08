/**
 * Bench data: adds generated member organisations on top of the demo
 * directory until it holds BENCH_ORGANISATIONS (default 500) organisations,
 * varied in origin, fields, district and languages, so the directory's
 * filters and search are measured at a realistic size. Runs as its own
 * process against DATABASE_URL, through the Local API (hooks and versions included).
 */
import { closePayload, migratedPayload } from '../scripts/lib/preparePayload'
import { runMain } from '../scripts/lib/runMain'
import { COUNTRY_OPTIONS } from '../src/lib/countries'
import { DISTRICT_OPTIONS } from '../src/lib/districts'
import { FIELDS_OF_ACTIVITY } from '../src/lib/fieldsOfActivity'
import { LANGUAGE_OPTIONS } from '../src/lib/languages'
import { slugify } from '../src/lib/slugify'

const TARGET = Number(process.env.BENCH_ORGANISATIONS || 500)
const CONCURRENCY = 4
/** Forty countries and twenty languages, so filters have many options with few organisations each. */
const COUNTRIES = COUNTRY_OPTIONS.filter((_, i) => i % 5 === 0).slice(0, 40)
const LANGUAGES = LANGUAGE_OPTIONS.filter((_, i) => i % 4 === 0).slice(0, 20)
const KINDS = ['Kulturverein', 'Elternverein', 'Sportverein', 'Jugendverein', 'Frauenverein', 'Bildungswerk', 'Gemeinde', 'Forum', 'Freundeskreis', 'Initiative']

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]

async function main() {
  const payload = await migratedPayload()
  const existing = (await payload.count({ collection: 'member-organisations' })).totalDocs
  const started = Date.now()
  const queue = Array.from({ length: Math.max(0, TARGET - existing) }, (_, i) => existing + i)
  const create = async (n: number) => {
    const country = pick(COUNTRIES, n * 7)
    const district = pick(DISTRICT_OPTIONS, n * 11)
    const name = `${pick(KINDS, n)} ${country.label} ${district.label.replace(/ \(.*\)$/, '')} ${n}`
    await payload.create({
      collection: 'member-organisations',
      data: {
        name,
        slug: slugify(name),
        status: 'active',
        _status: 'published',
        countries: [country.value, ...(n % 4 === 0 ? [pick(COUNTRIES, n * 3 + 1).value] : [])],
        fields: [pick(FIELDS_OF_ACTIVITY, n).value, ...(n % 3 === 0 ? [pick(FIELDS_OF_ACTIVITY, n + 2).value] : [])],
        languages: ['de', pick(LANGUAGES, n * 5).value],
        district: district.value,
        shortDescription: `Ein ${pick(KINDS, n)} in ${district.label.replace(/ \(.*\)$/, '')}: Treffpunkt, Beratung und Angebote für alle Generationen.`,
        contact: { person: `Kontakt ${n}`, email: `kontakt-${n}@verein.example` },
        address: { city: 'Essen' },
      } as never,
    })
  }
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) await create(n)
    }),
  )
  const total = (await payload.count({ collection: 'member-organisations' })).totalDocs
  console.log(`Organisations in the database: ${total} (${total - existing} generated in ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  await closePayload(payload)
}

runMain('bench seed (organisations)', main)
