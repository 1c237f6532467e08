/**
 * Dokumente: the public files by kind (/dokumente), and the attachments of an
 * article, page or project ready to show (title, type, size, link). Both read
 * as an anonymous reader: an internal file (public flag off) never appears.
 */
import type { TypedLocale } from 'payload'

import { dependencyTags, recordDependency } from '@/cache/dependencies'
import { DOCUMENT_KINDS, fileTypeLabel, formatFileSize, type DocumentKind } from '@/lib/documentKinds'
import type { Media } from '@/payload-types'

import { recordImage } from './dependencies'
import { payloadClient } from './payload'

export type DocumentItem = {
  id: number
  title: string
  url: string
  filename: string
  /** "PDF" */
  type: string
  /** "1,2 MB" */
  size: string
  updatedAt: string
}

export type DocumentGroup = { kind: DocumentKind; label: string; documents: DocumentItem[] }

function toItem(media: Media, title?: string | null): DocumentItem | null {
  if (!media.url || !media.filename) return null
  return {
    id: media.id,
    title: title || media.title || media.alt || media.filename,
    url: media.url,
    filename: media.filename,
    type: fileTypeLabel(media.mimeType),
    size: formatFileSize(media.filesize ?? 0),
    updatedAt: media.updatedAt,
  }
}

/** Every public document with a kind, grouped in the order of DOCUMENT_KINDS (empty kinds left out), newest first within a kind. */
export async function listPublicDocuments(locale?: TypedLocale): Promise<DocumentGroup[]> {
  recordDependency(dependencyTags.documentsAll)
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'media',
    where: { documentKind: { exists: true } },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: false,
  })
  for (const doc of docs) recordImage(doc)
  return DOCUMENT_KINDS.map(({ value, label }) => ({
    kind: value,
    label,
    documents: docs.filter((doc) => doc.documentKind === value).flatMap((doc) => toItem(doc) ?? []),
  })).filter((group) => group.documents.length > 0)
}

type WithAttachments = { attachments?: { file: number | Media | null; title?: string | null }[] | null }

/**
 * The attachments of a document read with depth ≥ 1 as the reader: files the
 * reader may not see arrive as bare ids and are left out.
 */
export function attachmentsOf(doc: WithAttachments): DocumentItem[] {
  for (const { file } of doc.attachments ?? []) recordImage(file)
  return (doc.attachments ?? []).flatMap(({ file, title }) => (file && typeof file === 'object' ? (toItem(file, title) ?? []) : []))
}
