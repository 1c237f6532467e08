/**
 * Demo content for the embedded default database (and `npm run seed`).
 * Idempotent: every record is matched by its slug (users by e-mail, images by
 * file name) and only created when missing.
 */
import type { CollectionSlug, Payload } from 'payload'

import { BOROUGHS, districtValue } from '@/lib/districts'
import { MIGO_TOPICS } from '@/lib/fieldsOfActivity'
import { slugify } from '@/lib/slugify'

import { ARTICLE_BODY, ARTICLES, CATEGORIES, COUNTRIES, IMAGE_CAPTIONS, ORGANISATION_TYPES } from './data'
import { EASY_LANGUAGE_PAGES, MEMBERSHIP_PAGE } from './easyLanguage'
import { seedEvents } from './events'
import { seedContactForm } from './forms'
import { seedOldSiteNews } from './oldSite'
import { demoImage } from './images'
import { seedDocuments, seedProjects } from './projects'
import { heading, paragraph, quote, richText } from './lexical'
import { seedTranslations } from './translations'

export type DemoLogin = { name: string; email: string; password: string; role: 'admin' | 'editor' | 'member' }

const DAY = 24 * 60 * 60 * 1000
const ALL_DISTRICTS = BOROUGHS.flatMap((b) => b.districts)
const FILL_IN = '[Bitte ergänzen: '

/** Finds a document by one field's value, or creates it. Returns its id. */
async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  value: string,
  create: () => Promise<{ id: number | string }>,
): Promise<number> {
  const existing = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
  if (existing.docs[0]) return Number(existing.docs[0].id)
  return Number((await create()).id)
}

/** Creates missing accounts; member representatives represent `organisation`. */
async function seedUsers(payload: Payload, logins: DemoLogin[], organisation?: number): Promise<DemoLogin[]> {
  const created: DemoLogin[] = []
  // The admin first: the first account always becomes an admin.
  for (const login of [...logins].sort((a, b) => Number(b.role === 'admin') - Number(a.role === 'admin'))) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: login.email } } })
    if (totalDocs === 0) {
      await payload.create({ collection: 'users', data: { ...login, organisation: login.role === 'member' ? organisation : undefined } })
      created.push(login)
    }
  }
  return created
}

async function seedImages(payload: Payload): Promise<number[]> {
  const ids: number[] = []
  for (const [index, meta] of IMAGE_CAPTIONS.entries()) {
    const name = `demo-foto-${index + 1}.jpg`
    ids.push(
      await ensure(payload, 'media', 'filename', name, async () => {
        const data = await demoImage(index)
        return payload.create({
          collection: 'media',
          data: meta,
          file: { data, mimetype: 'image/jpeg', name, size: data.length },
        })
      }),
    )
  }
  return ids
}

async function seedCategories(payload: Payload): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const [order, { title, slug }] of CATEGORIES.entries()) {
    ids.set(slug, await ensure(payload, 'categories', 'slug', slug, () => payload.create({ collection: 'categories', data: { title, slug, order } })))
  }
  return ids
}

async function seedOrganisations(payload: Payload): Promise<number[]> {
  const ids: number[] = []
  const count = 74 // 70 active, 2 pending applications, 2 inactive
  for (let i = 0; i < count; i += 1) {
    const country = COUNTRIES[i % COUNTRIES.length]
    const type = ORGANISATION_TYPES[(i * 3 + Math.floor(i / COUNTRIES.length)) % ORGANISATION_TYPES.length]
    const district = ALL_DISTRICTS[(i * 11) % ALL_DISTRICTS.length]
    const adjective = country.adjective.endsWith('-') ? `${country.adjective}` : `${country.adjective}er `
    const name = `${adjective}${type.noun} ${district} e.V.`
    const slug = slugify(name)
    const status = i >= 72 ? 'inactive' : i >= 70 ? 'pending' : 'active'
    const founded = 1965 + ((i * 7) % 58)
    ids.push(
      await ensure(payload, 'member-organisations', 'slug', slug, () =>
        payload.create({
          collection: 'member-organisations',
          draft: false,
          data: {
            name,
            slug,
            status,
            _status: status === 'pending' ? 'draft' : 'published',
            founded,
            memberSince: Math.max(2000, founded + 3),
            countries: country.code ? [country.code] : [],
            community: country.community,
            fields: type.fields,
            languages: country.languages,
            district: districtValue(district),
            shortDescription: `Ein ${type.noun} in ${district}: Treffpunkt, Beratung und gemeinsame Aktivitäten für alle Generationen.`,
            description: richText(
              paragraph(`Der Verein wurde ${founded} gegründet und ist seit ${Math.max(2000, founded + 3)} Mitglied im Verbund.`),
              paragraph('Die Angebote stehen allen Interessierten offen, unabhängig von Herkunft oder Religion.'),
            ),
            address: { street: `Musterstraße ${i + 1}`, postalCode: String(45127 + (i % 30) * 2), city: 'Essen' },
            contact: { person: 'Vorstand (Demo)', email: `kontakt@${slug.slice(0, 30)}.example`, website: `https://${slug.slice(0, 30)}.example` },
          } as never,
        }),
      ),
    )
  }
  return ids
}

async function seedArticles(payload: Payload, images: number[], categories: Map<string, number>, organisations: number[]) {
  const ids: { id: number; topic: string; publishedAt: Date }[] = []
  const now = Date.now()
  for (const [i, article] of ARTICLES.entries()) {
    const slug = slugify(article.title)
    const publishedAt = new Date(now - (i * 17 + 1) * DAY)
    const id = await ensure(payload, 'articles', 'slug', slug, () =>
      payload.create({
        collection: 'articles',
        draft: false,
        data: {
          title: article.title,
          slug,
          teaser: article.teaser,
          heroImage: images[i % images.length],
          categories: [categories.get(article.category)!],
          organisations: [organisations[(i * 5) % 70]],
          publishedAt: publishedAt.toISOString(),
          _status: 'published',
          source: i % 3 === 0 ? { label: 'Stadt Essen, www.essen.de', url: 'https://www.essen.de' } : { label: 'Essener Verbund der Immigrantenvereine' },
          body: richText(
            paragraph(article.teaser),
            paragraph(ARTICLE_BODY[0]),
            heading('Wie es weitergeht'),
            paragraph(ARTICLE_BODY[1]),
            quote('„Vielfalt ist in Essen keine Ausnahme, sondern Alltag.“'),
            paragraph(ARTICLE_BODY[2]),
          ),
        } as never,
      }),
    )
    ids.push({ id, topic: article.topic, publishedAt })
  }
  return ids
}

async function seedMigo(payload: Payload, articles: { id: number; topic: string; publishedAt: Date }[]) {
  const now = new Date()
  for (let n = 12; n >= 1; n -= 1) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1, 12))
    const monthName = month.toLocaleDateString('de-DE', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' })
    const issueNumber = 13 - n
    const slug = `migo-${issueNumber}-${slugify(monthName)}`
    const sections = MIGO_TOPICS.slice(0, 5).map((topic, t) => {
      const matching = articles.filter((a) => a.topic === topic.value)
      const article = matching[(issueNumber + t) % Math.max(matching.length, 1)]
      return {
        topic: topic.value,
        items: article
          ? [{ article: article.id }]
          : [{ headline: `Kurz notiert: ${topic.label}`, text: 'Ein eigener Kurztext der Redaktion zu diesem Thema.' }],
      }
    })
    await ensure(payload, 'newsletter-issues', 'slug', slug, () =>
      payload.create({
        collection: 'newsletter-issues',
        draft: false,
        data: {
          issueNumber,
          month: month.toISOString(),
          title: `migo ${monthName}`,
          slug,
          _status: 'published',
          sendStatus: 'sent',
          editorial: richText(paragraph(`Liebe Leserinnen und Leser, willkommen zur Ausgabe ${issueNumber} von migo – Migration, Integration, Gesellschaft, Ökonomie.`)),
          sections,
        } as never,
      }),
    )
  }
}

async function seedPages(payload: Payload, satzung?: number) {
  const pages = [
    {
      title: 'Über uns',
      slug: 'ueber-uns',
      body: richText(
        paragraph('Der Essener Verbund der Immigrantenvereine e.V. ist seit dem Jahr 2000 der Dachverband von über 70 Migrantenorganisationen aus über 20 Herkunftsländern in Essen.'),
        paragraph('Wir vertreten die Interessen unserer Mitgliedsvereine gegenüber Politik und Verwaltung, beraten bei der Vereinsarbeit und bringen Menschen zusammen.'),
      ),
    },
    {
      title: 'Kontakt',
      slug: 'kontakt',
      body: richText(paragraph(`${FILL_IN}Anschrift, Telefon und Öffnungszeiten des Verbundbüros]`), paragraph(`${FILL_IN}E-Mail-Adresse]`)),
    },
    {
      title: 'Impressum',
      slug: 'impressum',
      body: richText(
        heading('Angaben gemäß § 5 DDG'),
        paragraph(`Essener Verbund der Immigrantenvereine e.V., ${FILL_IN}Anschrift]`),
        paragraph(`Vertreten durch den Vorstand: ${FILL_IN}Namen der vertretungsberechtigten Vorstandsmitglieder]`),
        paragraph(`Registergericht und Registernummer: ${FILL_IN}Amtsgericht Essen, VR …]`),
        paragraph(`Kontakt: ${FILL_IN}Telefon und E-Mail]`),
      ),
    },
    {
      title: 'Datenschutz',
      slug: 'datenschutz',
      body: richText(
        heading('Datenschutzerklärung'),
        paragraph('Diese Website setzt keine Cookies zu Werbe- oder Analysezwecken und bindet keine Inhalte Dritter ein. Schriften werden vom eigenen Server geladen.'),
        paragraph(`Verantwortliche Stelle: ${FILL_IN}Name und Anschrift des Vereins, Kontakt der/des Datenschutzbeauftragten]`),
        paragraph(`${FILL_IN}Rechtsgrundlagen, Speicherdauer und Rechte der Betroffenen – juristisch prüfen lassen]`),
      ),
    },
    MEMBERSHIP_PAGE,
    // Leichte Sprache: pages of their own at "leichte-sprache/" + the address of the page they explain.
    ...EASY_LANGUAGE_PAGES,
  ]
  const ids = new Map<string, number>()
  for (const page of pages) {
    ids.set(page.slug, await ensure(payload, 'pages', 'slug', page.slug, () =>
      payload.create({ collection: 'pages', draft: false, data: { ...page, _status: 'published' } as never }),
    ))
  }
  // Sub-pages of „Über uns“ (src/collections/Pages/hooks/parentPath.ts puts them at /ueber-uns/<slug>).
  const children = [
    {
      title: 'Aufgaben und Ziele',
      slug: 'aufgaben-und-ziele',
      body: richText(
        paragraph('Der Verbund vertritt die Interessen seiner Mitgliedsvereine gegenüber Politik, Verwaltung und Öffentlichkeit.'),
        paragraph('Er berät Vereine bei Gründung, Fördermitteln und Öffentlichkeitsarbeit, bringt sie miteinander ins Gespräch und stärkt die Teilhabe von Menschen mit Einwanderungsgeschichte in Essen.'),
      ),
    },
    {
      title: 'Geschichte',
      slug: 'geschichte',
      body: richText(
        paragraph('Im Jahr 2000 schlossen sich Essener Migrantenorganisationen zum Verbund zusammen. Seitdem ist er stetig gewachsen: heute sind es über 70 Vereine aus über 20 Herkunftsländern.'),
        paragraph(`${FILL_IN}Meilensteine der Verbundgeschichte]`),
      ),
    },
    {
      title: 'Satzung',
      slug: 'satzung',
      body: richText(paragraph('Die Satzung regelt Zweck, Mitgliedschaft und Organe des Verbunds. Sie steht hier als PDF zum Herunterladen bereit.')),
      attachments: satzung ? [{ file: satzung }] : [],
    },
  ]
  for (const child of children) {
    await ensure(payload, 'pages', 'slug', `ueber-uns/${child.slug}`, () =>
      payload.create({ collection: 'pages', draft: false, data: { ...child, parent: ids.get('ueber-uns'), _status: 'published' } as never }),
    )
  }
}

async function seedGlobals(payload: Payload) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.about) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'Essener Verbund der Immigrantenvereine e.V.',
        about:
          'Der Essener Verbund der Immigrantenvereine e.V. ist der Dachverband von über 70 Migrantenorganisationen in Essen. Seit 2000 setzen wir uns für Teilhabe, Begegnung und ein gutes Miteinander in unserer Stadt ein.',
        contact: { address: `${FILL_IN}Anschrift]`, email: 'info@example.org', phone: '' },
        socialLinks: [
          { label: 'Facebook', url: 'https://www.facebook.com/' },
          { label: 'Instagram', url: 'https://www.instagram.com/' },
        ],
      },
    })
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  if (!navigation.header?.length) {
    await payload.updateGlobal({
      slug: 'navigation',
      data: {
        header: [
          { label: 'Aktuelles', href: '/aktuelles' },
          { label: 'Mitgliedsvereine', href: '/mitgliedsvereine' },
          { label: 'Termine', href: '/termine' },
          { label: 'Projekte', href: '/projekte' },
          { label: 'migo', href: '/migo' },
          {
            label: 'Über uns',
            href: '/ueber-uns',
            children: [
              { label: 'Aufgaben und Ziele', href: '/ueber-uns/aufgaben-und-ziele' },
              { label: 'Geschichte', href: '/ueber-uns/geschichte' },
              { label: 'Satzung', href: '/ueber-uns/satzung' },
            ],
          },
          { label: 'Kontakt', href: '/kontakt' },
        ],
        footer: [
          { label: 'Impressum', href: '/impressum' },
          { label: 'Datenschutz', href: '/datenschutz' },
          { label: 'Kontakt', href: '/kontakt' },
          { label: 'Mitglied werden', href: '/mitglied-werden' },
          { label: 'Dokumente', href: '/dokumente' },
          { label: 'Leichte Sprache', href: '/leichte-sprache/ueber-uns' },
        ],
      },
    })
  }
}

/** Creates whatever demo content is missing; returns the logins it created. */
export async function seedDemoContent(payload: Payload, logins: DemoLogin[]): Promise<DemoLogin[]> {
  const created = await seedUsers(payload, logins.filter((l) => l.role !== 'member'))
  const images = await seedImages(payload)
  const categories = await seedCategories(payload)
  const organisations = await seedOrganisations(payload)
  // The demo representative speaks for the first organisation of the directory.
  created.push(...(await seedUsers(payload, logins.filter((l) => l.role === 'member'), organisations[0])))
  const articles = await seedArticles(payload, images, categories, organisations)
  await seedOldSiteNews(payload)
  await seedMigo(payload, articles)
  const bound = (collection: CollectionSlug, field: string, value: string, create: () => Promise<{ id: number }>) => ensure(payload, collection, field, value, create)
  const documents = await seedDocuments(payload, bound)
  await seedPages(payload, documents.get('satzung.pdf'))
  const events = await seedEvents(payload, images, organisations, (slug, create) => ensure(payload, 'events', 'slug', slug, create))
  await seedProjects(payload, bound, { images, documents, organisations, events, articles: articles.map((a) => a.id) })
  await seedContactForm(payload, (slug, create) => ensure(payload, 'forms', 'slug', slug, create), 'info@example.org')
  await seedGlobals(payload)
  await seedTranslations(payload, organisations)
  return created
}

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}
