import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
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
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
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
  ],
}
