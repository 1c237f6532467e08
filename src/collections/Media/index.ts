import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { readMedia } from '@/access/mediaAccess'
import { DOCUMENT_KINDS } from '@/lib/documentKinds'
import { localMediaDir } from '@/lib/s3'

import { checkFileType } from './hooks/checkFileType'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Medium', plural: 'Medien' },
  admin: {
    group: 'Inhalte',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    description: 'Fotos (JPEG, PNG, WebP, AVIF) und PDF-Dateien bis 20 MB, mit Bildbeschreibung und Urheberangabe.',
  },
  defaultSort: '-createdAt',
  access: { read: readMedia, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeOperation: [checkFileType] },
  upload: {
    staticDir: localMediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 200, withoutEnlargement: true },
      { name: 'card', width: 640, height: 400, withoutEnlargement: true },
      { name: 'cardLarge', width: 1280, height: 800, withoutEnlargement: true },
      { name: 'heroSmall', width: 800, height: 450, withoutEnlargement: true },
      { name: 'hero', width: 1600, height: 900, withoutEnlargement: true },
      { name: 'social', width: 1200, height: 630 },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Bildbeschreibung (Alternativtext)',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Was ist zu sehen? Wird von Screenreadern vorgelesen, z. B. „Kinder beim Sommerfest im Grugapark“.' },
    },
    { name: 'caption', label: 'Bildunterschrift', type: 'text', localized: true },
    {
      name: 'credit',
      label: 'Urheber / Bildnachweis',
      type: 'text',
      admin: { description: 'z. B. „© Name, Stadt Essen“' },
    },
    // Documents (PDFs): the kind and the public flag belong to the file, not to a link to it: one file (the
    // Satzung) can be attached to a page, a project and an article, and /dokumente lists files, not links.
    {
      name: 'title',
      label: 'Titel des Dokuments',
      type: 'text',
      localized: true,
      admin: { description: 'Für PDF-Dateien: so erscheint die Datei in Anhängen und unter „Dokumente“, z. B. „Satzung (Fassung 2024)“.' },
    },
    {
      name: 'documentKind',
      label: 'Art des Dokuments',
      type: 'select',
      index: true,
      options: DOCUMENT_KINDS.map((kind) => ({ ...kind })),
      admin: { position: 'sidebar', description: 'Mit einer Art (und öffentlich) erscheint die Datei unter „Dokumente“.' },
    },
    {
      name: 'public',
      label: 'Öffentlich',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Ohne Häkchen sehen und laden nur Redaktion und Verwaltung die Datei herunter, auch wenn sie irgendwo verlinkt ist.',
      },
    },
  ],
}
