/** Demo Termine: coming events (one with the site's own registration and few places), past ones, a cancelled one. */
import { DateTime } from 'luxon'
import type { Payload } from 'payload'

import { BERLIN } from '@/lib/berlinTime'
import { slugify } from '@/lib/slugify'

import { paragraph, richText } from './lexical'

const OFFICE = { name: 'Verbundbüro, Gruppenraum', address: '[Bitte ergänzen: Anschrift des Verbundbüros]\n45127 Essen', accessibility: 'Stufenloser Zugang über den Hof, barrierefreies WC im Erdgeschoss.' }

type DemoEvent = {
  title: string
  summary: string
  inDays: number
  /** Berlin wall-clock start and end ("10:00"), or all-day when absent. */
  from?: string
  to?: string
  category: string
  organiser?: number
  status?: 'planned' | 'cancelled' | 'postponed'
  registration?: { mode: 'none' | 'external' | 'internal'; capacity?: number; externalUrl?: string }
  place?: { name: string; address: string; accessibility?: string }
}

/** The instant of a Berlin wall-clock time `days` from today. */
function berlinAt(days: number, time = '00:00'): string {
  const [hour, minute] = time.split(':').map(Number)
  return DateTime.now().setZone(BERLIN).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!
}

export function demoEvents(organisations: number[]): DemoEvent[] {
  return [
    {
      title: 'Workshop: Öffentlichkeitsarbeit für Vereine',
      summary: 'Wie erreichen Vereine mehr Menschen? Pressearbeit, soziale Medien und Fotos mit Einverständnis – mit vielen Beispielen aus der Praxis.',
      inDays: 12,
      from: '10:00',
      to: '15:00',
      category: 'workshop',
      registration: { mode: 'internal', capacity: 2 },
      place: OFFICE,
    },
    {
      title: 'Sprechstunde Vereinsarbeit: Fördermittel beantragen',
      summary: 'Persönliche Beratung zu Förderprogrammen der Stadt Essen und des Landes NRW. Bitte bringen Sie Ihre Projektidee mit.',
      inDays: 5,
      from: '17:00',
      to: '19:00',
      category: 'beratung',
      registration: { mode: 'internal', capacity: 12 },
      place: OFFICE,
    },
    {
      title: 'Fest der Kulturen im Stadtgarten',
      summary: 'Musik, Tanz und Spezialitäten aus über 20 Herkunftsländern – ein Tag für die ganze Familie.',
      inDays: 20,
      category: 'kultur',
      organiser: organisations[3],
      place: { name: 'Stadtgarten Essen', address: 'Huyssenallee\n45128 Essen', accessibility: 'Ebene Wege; barrierefreie Toiletten am Eingang Huyssenallee.' },
    },
    {
      title: 'Interkulturelles Fußballturnier',
      summary: 'Mannschaften der Mitgliedsvereine spielen um den Wanderpokal des Verbunds. Anmeldung der Teams über den Link.',
      inDays: 9,
      from: '11:00',
      to: '17:00',
      category: 'sport',
      organiser: organisations[1],
      registration: { mode: 'external', externalUrl: 'https://example.org/turnier-anmeldung' },
      place: { name: 'Sportanlage Katernberg', address: '[Bitte ergänzen: Anschrift]\n45327 Essen' },
    },
    {
      title: 'Mitgliederversammlung des Verbunds',
      summary: 'Bericht des Vorstands, Haushalt und Wahlen. Die Einladung mit der Tagesordnung geht allen Mitgliedsvereinen per Post zu.',
      inDays: 35,
      from: '18:00',
      to: '21:00',
      category: 'sitzung',
      place: OFFICE,
    },
    {
      title: 'Lesung: Geschichten aus zwei Heimaten',
      summary: 'Die Lesung muss leider ausfallen. Ein neuer Termin wird bekannt gegeben.',
      inDays: 16,
      from: '19:00',
      to: '21:00',
      category: 'kultur',
      status: 'cancelled',
      place: OFFICE,
    },
    {
      title: 'Neujahrsempfang des Verbunds',
      summary: 'Rückblick und Ausblick mit Gästen aus Politik, Verwaltung und den Mitgliedsvereinen.',
      inDays: -40,
      from: '18:00',
      to: '21:00',
      category: 'veranstaltung',
      place: OFFICE,
    },
    {
      title: 'Infoabend: Einbürgerung in Essen',
      summary: 'Die Einbürgerungsbehörde erklärt Voraussetzungen und Ablauf; danach Fragen aus dem Publikum.',
      inDays: -15,
      from: '18:30',
      to: '20:30',
      category: 'beratung',
      organiser: organisations[5],
      place: OFFICE,
    },
  ]
}

export async function seedEvents(payload: Payload, images: number[], organisations: number[], ensure: (slug: string, create: () => Promise<{ id: number }>) => Promise<number>): Promise<number[]> {
  const ids: number[] = []
  for (const [i, event] of demoEvents(organisations).entries()) {
    const slug = slugify(event.title)
    ids.push(
      await ensure(slug, () =>
        payload.create({
          collection: 'events',
          draft: false,
          data: {
            title: event.title,
            slug,
            summary: event.summary,
            startsAt: berlinAt(event.inDays, event.from),
            endsAt: event.to ? berlinAt(event.inDays, event.to) : null,
            allDay: !event.from,
            status: event.status ?? 'planned',
            category: event.category,
            organiser: event.organiser ?? null,
            image: images[(i * 5) % images.length],
            place: event.place,
            registration: event.registration ?? { mode: 'none' },
            description: richText(paragraph(event.summary), paragraph('Der Eintritt ist frei. Alle Interessierten sind herzlich willkommen.')),
            _status: 'published',
          } as never,
        }),
      ),
    )
  }
  return ids
}
