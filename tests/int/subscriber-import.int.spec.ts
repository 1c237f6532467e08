/**
 * Importing an existing migo list from CSV: addresses with a consent record
 * are confirmed, all others get the double opt-in mail over SMTP (a real SMTP
 * server process), nothing is sent twice on a re-import, an unsubscribed
 * reader stays unsubscribed, and bad rows are reported.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { smtpEnvironment, startSmtpSink } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

const sink = await startSmtpSink()
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { importSubscribersCsv } = await import('@/collections/NewsletterSubscribers/importSubscribers')
const { subscriberEndpoints } = await import('@/collections/NewsletterSubscribers/endpoints')

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, 'admin')
  await payload.create({ collection: 'newsletter-subscribers', data: { email: 'abgemeldet@beispiel.de', status: 'unsubscribed' } })
  await payload.create({ collection: 'newsletter-subscribers', data: { email: 'treu@beispiel.de', status: 'confirmed' } })
})

const CSV = [
  '\ufeffE-Mail;Name;Sprache;Einwilligungsdatum;Einwilligungsquelle',
  'ayse@beispiel.de;Ayşe Yılmaz;Türkisch;01.04.2023;Anmeldeformular Sommerfest 2023',
  'OLEG@beispiel.de;Oleg Petrow;ru;2022-11-15;Papierliste Infoabend',
  'neu-eins@beispiel.de;Jürgen Müller;de;;',
  'neu-zwei@beispiel.de;;;;',
  'kaputt-at-beispiel.de;X;de;;',
  'sprache@beispiel.de;Y;Klingonisch;;',
  'datum@beispiel.de;Z;de;31.02.2023;Formular',
  'neu-eins@beispiel.de;Doppelt;de;;',
  'abgemeldet@beispiel.de;Wieder da;de;01.01.2024;Liste',
  'treu@beispiel.de;Treu;de;;',
].join('\r\n')

const statusOf = async (email: string) =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } }, limit: 1 })).docs[0]

it('checking first changes nothing and sends nothing', async () => {
  const report = await importSubscribersCsv(payload, CSV, { dryRun: true })
  expect(report).toMatchObject({ confirmed: 2, invited: 2, unchanged: 2, applied: false })
  expect(await statusOf('ayse@beispiel.de')).toBeUndefined()
  expect(sink.received).toHaveLength(0)
})

it('imports: consent records confirmed, the rest invited by mail, known addresses untouched, bad rows reported', async () => {
  const report = await importSubscribersCsv(payload, CSV, { dryRun: false })
  expect(report).toMatchObject({ confirmed: 2, invited: 2, unchanged: 2, applied: true })
  expect(report.errors).toEqual([
    { row: 6, message: '„kaputt-at-beispiel.de“: Bitte eine gültige E-Mail-Adresse angeben.' },
    { row: 7, message: 'Unbekannte Sprache „Klingonisch“ (erlaubt: de, tr, ar, en, ru)' },
    { row: 8, message: 'Einwilligungsdatum „31.02.2023“ ist kein gültiges Datum (z. B. 01.04.2023)' },
    { row: 9, message: 'Doppelt (auch in Zeile 4)' },
  ])

  const ayse = await statusOf('ayse@beispiel.de')
  expect(ayse).toMatchObject({ status: 'confirmed', name: 'Ayşe Yılmaz', language: 'tr' })
  expect(ayse.consent).toMatchObject({ source: 'Anmeldeformular Sommerfest 2023', confirmedAt: '2023-04-01T12:00:00.000Z' })
  expect((await statusOf('oleg@beispiel.de'))?.status).toBe('confirmed')
  expect(await statusOf('neu-eins@beispiel.de')).toMatchObject({ status: 'pending', name: 'Jürgen Müller', language: 'de' })
  expect((await statusOf('abgemeldet@beispiel.de'))?.status).toBe('unsubscribed')
  expect((await statusOf('treu@beispiel.de'))?.status).toBe('confirmed')

  const mails = await sink.waitForCount(2)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(sink.received.flatMap((m) => m.to).sort()).toEqual(['neu-eins@beispiel.de', 'neu-zwei@beispiel.de'])
  expect(mails[0].parsed.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung zu migo')
})

it('a re-import sends nothing again and changes nothing', async () => {
  const before = sink.received.length
  const report = await importSubscribersCsv(payload, CSV, { dryRun: false })
  expect(report).toMatchObject({ confirmed: 0, invited: 0, unchanged: 6 })
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(sink.received.length).toBe(before)
})

it('English headers work too; a file without an e-mail column is refused with a German message', async () => {
  const report = await importSubscribersCsv(payload, 'email,name,language,consent date,consent source\nenglish@beispiel.de,Ann,en,2024-05-01,Website', { dryRun: true })
  expect(report).toMatchObject({ confirmed: 1, errors: [] })
  const refused = await importSubscribersCsv(payload, 'Adresse1;Name\nx@y.de;z', { dryRun: true })
  expect(refused.errors[0].message).toMatch(/^Keine Spalte „E-Mail“ gefunden/)
})

it('the import action is for admins only', async () => {
  const handler = subscriberEndpoints[0].handler
  const editor = await createUser(payload, 'editor')
  const answer = await handler({ user: editor, payload, headers: new Headers() } as never)
  expect(answer.status).toBe(403)
})
