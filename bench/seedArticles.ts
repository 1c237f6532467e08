/**
 * Bench data: adds generated articles on top of the demo content until the
 * database holds BENCH_ARTICLES (default 1000) articles, so list, search and
 * article pages are measured against a realistic amount of content.
 *
 * Run as its own process (`runProjectScript`) against DATABASE_URL: the bench
 * itself never loads Payload. Articles go through the Local API, hooks and
 * versions included, four at a time: about 960 articles took 11–26 s here.
 */
import type { Payload, Where } from 'payload'

import { closePayload, migratedPayload } from '../scripts/lib/preparePayload'
import { runMain } from '../scripts/lib/runMain'
import { BOROUGHS } from '../src/lib/districts'
import { slugify } from '../src/lib/slugify'
import { heading, paragraph, quote, richText } from '../src/seed/lexical'

const TARGET = Number(process.env.BENCH_ARTICLES || 1000)
const CONCURRENCY = 4
const DAY = 24 * 60 * 60 * 1000
/** Publish dates spread over this many days back from today, all already public. */
const SPAN_DAYS = 6 * 365

const SUBJECTS = [
  'Sprachcafé', 'Nachbarschaftsfest', 'Elternabend', 'Fußballturnier', 'Beratungsangebot', 'Kulturabend',
  'Hausaufgabenhilfe', 'Frauenfrühstück', 'Jugendtreff', 'Gesundheitstag', 'Lesung', 'Kochkurs',
  'Seniorentreff', 'Infoabend', 'Ausstellung', 'Theaterprojekt', 'Schwimmkurs', 'Bewerbungstraining',
  'Musikabend', 'Spendenaktion',
]
const PHRASES = [
  'startet in', 'lädt ein nach', 'feiert Erfolg in', 'wächst in', 'kehrt zurück nach',
  'begeistert Familien in', 'sucht Ehrenamtliche in', 'zieht Bilanz in', 'geht weiter in', 'öffnet Türen in',
]
const DISTRICTS: string[] = BOROUGHS.flatMap((borough) => [...borough.districts])
const OPENINGS = [
  'Mitglieder mehrerer Vereine haben das Angebot gemeinsam vorbereitet.',
  'Die Idee entstand bei einem Treffen im Verbundbüro.',
  'Eingeladen waren alle Nachbarinnen und Nachbarn, unabhängig von Herkunft und Sprache.',
  'Unterstützt wurde die Veranstaltung von der Stadt Essen und lokalen Stiftungen.',
  'Viele Familien kamen zum ersten Mal mit dem Verein in Kontakt.',
]
const MIDDLES = [
  'Ehrenamtliche übersetzten in fünf Sprachen und halfen bei Fragen rund um Schule, Arbeit und Gesundheit.',
  'Im Mittelpunkt standen Begegnung, gegenseitiges Kennenlernen und der Austausch von Erfahrungen.',
  'Die Teilnehmenden wünschten sich, dass das Angebot regelmäßig stattfindet.',
  'Auch Vertreterinnen und Vertreter aus Politik und Verwaltung nutzten die Gelegenheit zum Gespräch.',
  'Besonders gefragt waren die mehrsprachigen Informationen zu Beratung und Förderung.',
  'Für Kinder gab es ein eigenes Programm mit Spielen, Musik und Bastelangeboten.',
]
const CLOSINGS = [
  'Weitere Termine stehen im Kalender des Verbunds und in der nächsten Ausgabe von migo.',
  'Wer mitmachen möchte, meldet sich im Verbundbüro oder direkt beim Verein.',
  'Der Verbund dankt allen Helferinnen und Helfern für ihren Einsatz.',
]
const QUOTES = [
  '„Hier kommen Menschen zusammen, die sich sonst nie begegnet wären.“',
  '„Vielfalt ist in Essen keine Ausnahme, sondern Alltag.“',
  '„Wir wollen zeigen, was Vereine für ihre Stadtteile leisten.“',
]

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]

/**
 * Title parts for article number n: stepping through every combination with a
 * step co-prime to their count gives distinct, well-mixed titles.
 */
function titleFor(n: number): string {
  const combinations = SUBJECTS.length * PHRASES.length * DISTRICTS.length
  const k = (n * 7919) % combinations
  const subject = SUBJECTS[k % SUBJECTS.length]
  const phrase = PHRASES[Math.floor(k / SUBJECTS.length) % PHRASES.length]
  const district = DISTRICTS[Math.floor(k / (SUBJECTS.length * PHRASES.length))]
  return `${subject} ${phrase} ${district}`
}

type References = { images: number[]; categories: number[]; organisations: number[] }

async function references(payload: Payload): Promise<References> {
  const ids = async (collection: 'media' | 'categories' | 'member-organisations', where?: Where) =>
    (await payload.find({ collection, where, limit: 200, depth: 0, pagination: false })).docs.map((doc) => Number(doc.id))
  // Title images are images (the media library holds PDFs too, which the field refuses).
  const images = await ids('media', { mimeType: { like: 'image/' } })
  const refs = { images, categories: await ids('categories'), organisations: await ids('member-organisations') }
  if (!refs.images.length || !refs.categories.length) throw new Error('Seed the demo content first: no media or categories found.')
  return refs
}

async function createArticle(payload: Payload, n: number, refs: References, now: number): Promise<void> {
  const title = titleFor(n)
  const teaser = `${pick(OPENINGS, n)} ${pick(MIDDLES, n + 1)}`
  const publishedAt = new Date(now - ((n * SPAN_DAYS) / TARGET + 1) * DAY - (n % 24) * 60 * 60 * 1000)
  await payload.create({
    collection: 'articles',
    draft: false,
    data: {
      title,
      slug: `${slugify(title)}-${n}`,
      teaser,
      heroImage: pick(refs.images, n),
      categories: n % 5 === 0 ? [pick(refs.categories, n), pick(refs.categories, n + 1)] : [pick(refs.categories, n)],
      organisations: n % 3 === 0 && refs.organisations.length ? [pick(refs.organisations, n)] : [],
      publishedAt: publishedAt.toISOString(),
      _status: 'published',
      source: { label: 'Essener Verbund der Immigrantenvereine' },
      body: richText(
        paragraph(teaser),
        paragraph(`${pick(MIDDLES, n + 2)} ${pick(MIDDLES, n + 3)}`),
        heading('Wie es weitergeht'),
        paragraph(pick(OPENINGS, n + 2)),
        quote(pick(QUOTES, n)),
        paragraph(pick(CLOSINGS, n)),
      ),
    } as never,
  })
}

async function main() {
  const payload = await migratedPayload()
  const existing = (await payload.count({ collection: 'articles' })).totalDocs
  const refs = await references(payload)
  const now = Date.now()
  const started = Date.now()
  // Numbered from the current count, so a second run adds new titles instead of repeating slugs.
  const queue = Array.from({ length: Math.max(0, TARGET - existing) }, (_, i) => existing + i)
  const worker = async () => {
    for (let n = queue.shift(); n !== undefined; n = queue.shift()) await createArticle(payload, n, refs, now)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const total = (await payload.count({ collection: 'articles' })).totalDocs
  console.log(`Articles in the database: ${total} (${total - existing} generated in ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  await closePayload(payload)
}

runMain('bench seed', main)
