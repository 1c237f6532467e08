/**
 * The fixed set of public addresses the traffic bench asks for, read from the
 * running site as a crawler would: every sitemap URL and every organisation's
 * profile, the first three pages of each list, 50 searches for real words and
 * 20 combinations of the directory's filters.
 */
import { FIELDS_OF_ACTIVITY } from '../src/lib/fieldsOfActivity'

/** Words readers search for, as they occur in the news and the directory. */
export const SEARCH_WORDS = [
  'Verbund', 'Essen', 'Integration', 'Sprachcafé', 'Nachbarschaftsfest', 'Elternabend', 'Fußballturnier', 'Beratung',
  'Kulturabend', 'Hausaufgabenhilfe', 'Frauenfrühstück', 'Jugendtreff', 'Gesundheitstag', 'Lesung', 'Kochkurs',
  'Seniorentreff', 'Infoabend', 'Ausstellung', 'Theaterprojekt', 'Schwimmkurs', 'Bewerbungstraining', 'Musikabend',
  'Spendenaktion', 'Ehrenamtliche', 'Familien', 'Vereine', 'Stadtteil', 'Altenessen', 'Katernberg', 'Kinder', 'Schule',
  'Arbeit', 'Gesundheit', 'Sprache', 'Migration', 'Vorstand', 'Mitgliederversammlung', 'Förderung', 'Stadt', 'Kultur',
  'Sport', 'Bildung', 'Religion', 'Jugend', 'Begegnung', 'Vielfalt', 'Nachbarn', 'migo', 'Kulturverein', 'Sprachkurs',
]

const pathOf = (url: string) => {
  const { pathname, search } = new URL(url)
  return pathname + search
}

async function text(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response.text()
}

/** `?feld=…`, `?feld=…&sprache=…`, `?land=…`, … built from the directory's own filter options (those with organisations). */
function directoryFilters(html: string): string[] {
  const options = (name: string) => [...html.matchAll(new RegExp(`name="${name}"[\\s\\S]*?</select>`, 'g'))].flatMap((m) => [...m[0].matchAll(/<option value="([^"]+)"/g)].map((o) => o[1]))
  const countries = options('land').slice(0, 6)
  const languages = options('sprache').filter((code) => code !== 'de').slice(0, 4)
  const districts = options('stadtteil').slice(0, 4)
  const fields = FIELDS_OF_ACTIVITY.map((field) => field.value)
  const combos = [
    ...fields.slice(0, 5).map((feld) => ({ feld })),
    ...fields.slice(0, 4).map((feld, i) => ({ feld, sprache: languages[i % languages.length] })),
    ...countries.slice(0, 5).map((land) => ({ land })),
    ...districts.slice(0, 3).map((stadtteil, i) => ({ stadtteil, feld: fields[i] })),
    { buchstabe: 'K' },
    { buchstabe: 'S', feld: fields[1] },
    { land: countries[0], sprache: languages[0] },
  ]
  return combos.slice(0, 20).map((combo) => `/mitgliedsvereine?${new URLSearchParams(combo as Record<string, string>)}`)
}

export async function collectTrafficUrls(base: string): Promise<{ all: string[]; articles: string[]; directoryFilters: string[]; searches: string[] }> {
  const sitemap = [...(await text(`${base}/sitemap.xml`)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]))
  const profiles = ((await (await fetch(`${base}/api/member-organisations?limit=2000&depth=0&select[slug]=true`)).json()).docs as { slug: string }[]).map(
    (doc) => `/mitgliedsvereine/${doc.slug}`,
  )
  const categories = sitemap.filter((path) => path.startsWith('/aktuelles/kategorie/'))
  const lists = ['/aktuelles', ...categories].flatMap((list) => [list, `${list}/seite/2`, `${list}/seite/3`])
  const directoryHtml = await text(`${base}/mitgliedsvereine`)
  const filters = directoryFilters(directoryHtml)
  const searches = SEARCH_WORDS.map((word) => `/suche?q=${encodeURIComponent(word)}`)
  const all = [...new Set([...sitemap, ...profiles, ...lists, '/mitgliedsvereine?seite=2', '/mitgliedsvereine?seite=3', ...searches, ...filters])]
  return { all, articles: sitemap.filter((path) => path.startsWith('/aktuelles/nachrichten/')), directoryFilters: filters, searches }
}
