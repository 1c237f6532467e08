/** Demo documents (each kind, one internal) and two projects with funders and an attachment. */
import type { Payload } from 'payload'

import type { DocumentKind } from '@/lib/documentKinds'

import { paragraph, richText } from './lexical'
import { demoPdf } from './pdf'

type Ensure = (collection: 'media' | 'projects', field: string, value: string, create: () => Promise<{ id: number }>) => Promise<number>

const DOCUMENTS: { file: string; title: string; kind?: DocumentKind; public?: boolean; lines: string[] }[] = [
  { file: 'satzung.pdf', title: 'Satzung des Essener Verbunds der Immigrantenvereine e.V.', kind: 'satzung', lines: ['Satzung', '§ 1 Name, Sitz und Geschäftsjahr', '[Bitte ergänzen: Wortlaut der gültigen Satzung]'] },
  { file: 'geschaeftsbericht-2025.pdf', title: 'Geschäftsbericht 2025', kind: 'geschaeftsbericht', lines: ['Geschäftsbericht 2025', '[Bitte ergänzen: Bericht des Vorstands]'] },
  { file: 'geschaeftsbericht-2024.pdf', title: 'Geschäftsbericht 2024', kind: 'geschaeftsbericht', lines: ['Geschäftsbericht 2024', '[Bitte ergänzen: Bericht des Vorstands]'] },
  { file: 'pressemitteilung-fest-der-kulturen.pdf', title: 'Pressemitteilung: Fest der Kulturen im Stadtgarten', kind: 'pressemitteilung', lines: ['Pressemitteilung', 'Fest der Kulturen im Stadtgarten', 'Essen. Musik, Tanz und Spezialitäten aus über 20 Herkunftsländern …'] },
  { file: 'aufnahmeantrag.pdf', title: 'Aufnahmeantrag für Mitgliedsvereine', kind: 'formular', lines: ['Aufnahmeantrag', 'Name des Vereins: ____________________', 'Ansprechperson: ____________________'] },
  { file: 'projektflyer-vielfalt-vernetzt.pdf', title: 'Projektflyer „Vielfalt vernetzt“', lines: ['Vielfalt vernetzt', 'Beratung und Qualifizierung für Migrantenorganisationen in Essen'] },
  { file: 'geschaeftsbericht-2026-entwurf.pdf', title: 'Geschäftsbericht 2026 (Entwurf, intern)', kind: 'geschaeftsbericht', public: false, lines: ['Entwurf – nicht veröffentlichen'] },
]

export async function seedDocuments(payload: Payload, ensure: Ensure): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const doc of DOCUMENTS) {
    ids.set(
      doc.file,
      await ensure('media', 'filename', doc.file, () => {
        const data = demoPdf(doc.lines)
        return payload.create({
          collection: 'media',
          data: { alt: `PDF: ${doc.title}`, title: doc.title, documentKind: doc.kind ?? null, public: doc.public ?? true } as never,
          file: { data, mimetype: 'application/pdf', name: doc.file, size: data.length },
        })
      }),
    )
  }
  return ids
}

const MINISTRY = 'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen'

export async function seedProjects(payload: Payload, ensure: Ensure, refs: { images: number[]; documents: Map<string, number>; organisations: number[]; events: number[]; articles: number[] }) {
  const projects = [
    {
      title: 'Vielfalt vernetzt – Beratung für Migrantenorganisationen',
      slug: 'vielfalt-vernetzt',
      status: 'running',
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      summary: 'Der Verbund berät Migrantenorganisationen in Essen bei Vereinsgründung, Fördermitteln und Öffentlichkeitsarbeit und bildet Ehrenamtliche weiter.',
      funders: [
        { name: MINISTRY, fundingLine: `Eine Förderung des ${MINISTRY.replace('Ministerium', 'Ministeriums')}.`, url: 'https://www.mkjfgfi.nrw' },
        { name: 'Stadt Essen', fundingLine: 'Gefördert von der Stadt Essen.', url: 'https://www.essen.de' },
      ],
      partners: [{ name: 'Kommunales Integrationszentrum Essen', url: 'https://www.essen.de' }, { name: 'Mitgliedsverein (Demo)', organisation: refs.organisations[2] }],
      contact: { person: '[Bitte ergänzen: Name]', role: 'Projektleitung', email: 'projekt@example.org' },
      attachments: [{ file: refs.documents.get('projektflyer-vielfalt-vernetzt.pdf') }],
      events: refs.events.slice(0, 2),
      articles: refs.articles.slice(0, 3),
      image: refs.images[2],
    },
    {
      title: 'Gemeinsam stark im Quartier',
      slug: 'gemeinsam-stark-im-quartier',
      status: 'completed',
      startDate: '2021-04-01',
      endDate: '2023-12-31',
      summary: 'Nachbarschaftsprojekte von Mitgliedsvereinen in Katernberg, Altendorf und Altenessen: Sprachcafés, Hausaufgabenhilfe und ein Stadtteilfest.',
      funders: [{ name: 'Stadt Essen', fundingLine: 'Gefördert von der Stadt Essen im Rahmen des Programms „Soziale Stadt“.', url: 'https://www.essen.de' }],
      partners: [{ name: 'Mitgliedsverein (Demo)', organisation: refs.organisations[4] }],
      contact: { person: '[Bitte ergänzen: Name]', role: 'Ansprechperson', email: 'info@example.org' },
      attachments: [{ file: refs.documents.get('geschaeftsbericht-2024.pdf'), title: 'Abschlussbericht im Geschäftsbericht 2024' }],
      image: refs.images[9],
    },
  ]
  for (const project of projects) {
    await ensure('projects', 'slug', project.slug, () =>
      payload.create({
        collection: 'projects',
        draft: false,
        data: { ...project, description: richText(paragraph(project.summary), paragraph('Ansprechpartnerinnen und -partner finden Sie unten.')), _status: 'published' } as never,
      }),
    )
  }
}
