/**
 * Dokumente: PDFs in the media library carry a kind and a public flag;
 * /dokumente lists the public ones by kind; attachments of articles, pages
 * and projects show title, type and size, and never an internal file.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { attachmentsOf, listPublicDocuments } from '@/content/documents'
import { formatFileSize } from '@/lib/documentKinds'
import { demoPdf } from '@/seed/pdf'
import type { Media } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let counter = 0

beforeAll(async () => {
  payload = await testPayload()
  // The first account of a database becomes an admin: take that place before the tests' accounts.
  await createUser(payload, 'admin')
})

/** A small real PDF (the upload checks the file's first bytes). */
async function pdf(data: Record<string, unknown>): Promise<Media> {
  counter += 1
  const body = demoPdf([`Testdokument ${counter}`, ...Array.from({ length: 40 }, (_, i) => `Zeile ${i + 1}: Satzung, Geschäftsbericht, Pressemitteilung`)])
  return payload.create({
    collection: 'media',
    data: { alt: `Dokument ${counter}`, ...data } as never,
    file: { data: body, mimetype: 'application/pdf', name: `dokument-${counter}.pdf`, size: body.length },
  })
}

it('lists public documents by kind in a fixed order, without internal files or files without a kind', async () => {
  const satzung = await pdf({ title: 'Satzung (Fassung 2024)', documentKind: 'satzung' })
  const report = await pdf({ title: 'Geschäftsbericht 2025', documentKind: 'geschaeftsbericht' })
  const press = await pdf({ title: 'Pressemitteilung: Fest der Kulturen', documentKind: 'pressemitteilung' })
  await pdf({ title: 'Geschäftsbericht 2026 (Entwurf)', documentKind: 'geschaeftsbericht', public: false })
  await pdf({ title: 'Ohne Art' })
  const groups = await listPublicDocuments()
  expect(groups.map((g) => [g.label, g.documents.map((d) => d.id)])).toEqual([
    ['Satzung', [satzung.id]],
    ['Geschäftsberichte', [report.id]],
    ['Pressemitteilungen', [press.id]],
  ])
  expect(groups[0].documents[0]).toMatchObject({ title: 'Satzung (Fassung 2024)', type: 'PDF', size: formatFileSize(satzung.filesize!), filename: satzung.filename })
  expect(groups[0].documents[0].url).toMatch(/\.pdf$/)
})

it('an internal file is hidden from readers and member representatives, wherever it is linked; staff see it', async () => {
  const internal = await pdf({ title: 'Intern', public: false })
  const open = await pdf({ title: 'Flyer' })
  await expect(payload.findByID({ collection: 'media', id: internal.id, overrideAccess: false })).rejects.toThrow()
  const organisation = await payload.create({ collection: 'member-organisations', data: { name: 'Verein D', slug: 'verein-d', status: 'active', _status: 'published' } as never })
  const member = await createUser(payload, 'member', 'Vertretung', organisation.id)
  await expect(payload.findByID({ collection: 'media', id: internal.id, overrideAccess: false, user: member })).rejects.toThrow()
  const editor = await createUser(payload, 'editor')
  expect((await payload.findByID({ collection: 'media', id: internal.id, overrideAccess: false, user: editor })).id).toBe(internal.id)

  const page = await payload.create({
    collection: 'pages',
    data: { title: 'Downloads', slug: 'downloads', _status: 'published', attachments: [{ file: open.id, title: 'Unser Flyer' }, { file: internal.id }] } as never,
  })
  const read = await payload.findByID({ collection: 'pages', id: page.id, depth: 1, overrideAccess: false })
  expect(attachmentsOf(read).map((a) => [a.title, a.type])).toEqual([['Unser Flyer', 'PDF']])
})

it('articles and projects carry attachments too, the title falls back to the file’s', async () => {
  const file = await pdf({ title: 'Projektflyer' })
  const project = await payload.create({ collection: 'projects', data: { title: 'Projekt A', slug: 'projekt-a', _status: 'published', attachments: [{ file: file.id }] } as never })
  const article = await payload.create({ collection: 'articles', data: { title: 'Mit Anhang', slug: 'mit-anhang', _status: 'published', attachments: [{ file: file.id }] } as never })
  for (const doc of [
    await payload.findByID({ collection: 'projects', id: project.id, depth: 1, overrideAccess: false }),
    await payload.findByID({ collection: 'articles', id: article.id, depth: 1, overrideAccess: false }),
  ]) {
    expect(attachmentsOf(doc).map((a) => a.title)).toEqual(['Projektflyer'])
  }
})

it('only PDFs can be attached (the picker offers only PDFs)', async () => {
  const field = (await import('@/fields/attachments')).attachmentsField
  const upload = (field.fields[0] as { fields: { name: string; filterOptions?: unknown }[] }).fields[0]
  expect(upload.filterOptions).toEqual({ mimeType: { equals: 'application/pdf' } })
})

it('a PDF is no image: fields that show an image (an article’s title image, a preview image, a project’s image and logos) refuse one', async () => {
  const flyer = await pdf({ title: 'Flyer' })
  const png = fs.readFileSync(path.join(process.cwd(), 'public/og-default.png'))
  const photo = await payload.create({
    collection: 'media',
    data: { alt: 'Foto' } as never,
    file: { data: png, mimetype: 'image/png', name: 'foto.png', size: png.length },
  })
  let n = 0
  const article = (data: Record<string, unknown>) =>
    payload.create({ collection: 'articles', data: { title: `Bildtest ${++n}`, slug: `bildtest-${n}`, publishedAt: '2026-06-01T10:00:00.000Z', _status: 'published', ...data } as never })
  const project = (data: Record<string, unknown>) =>
    payload.create({ collection: 'projects', data: { title: `Bildprojekt ${++n}`, slug: `bildprojekt-${n}`, _status: 'published', ...data } as never })
  await expect(article({ heroImage: flyer.id })).rejects.toThrow(/Titelbild/)
  await expect(article({ meta: { image: flyer.id } })).rejects.toThrow(/Vorschaubild/)
  await expect(project({ image: flyer.id })).rejects.toThrow(/Bild/)
  await expect(project({ funders: [{ name: 'Stiftung', logo: flyer.id }] })).rejects.toThrow(/Logo/)
  expect((await article({ heroImage: photo.id, meta: { image: photo.id } })).heroImage).toMatchObject({ id: photo.id })
  expect((await project({ image: photo.id, funders: [{ name: 'Stiftung', logo: photo.id }] })).image).toMatchObject({ id: photo.id })
})

it('file sizes German style', () => {
  expect([formatFileSize(480_000), formatFileSize(1_234_567), formatFileSize(12)]).toEqual(['480 kB', '1,2 MB', '1 kB'])
})
