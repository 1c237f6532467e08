import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '@/lib/publicError'

/** Magic numbers of the allowed types: the declared MIME type alone proves nothing. */
const SIGNATURES: { type: string; matches: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
  { type: 'image/avif', matches: (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12)) },
  { type: 'application/pdf', matches: (b) => b.toString('latin1', 0, 5) === '%PDF-' },
]

export const detectFileType = (data: Buffer): string | undefined => SIGNATURES.find((s) => s.matches(data))?.type

/**
 * Refuses anything but JPEG, PNG, WebP, AVIF and PDF before Payload stores a
 * byte, with a message an editor understands (Payload's own is English).
 */
export const checkFileType: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.data && !detectFileType(req.file.data)) {
    throw publicError(`„${req.file.name}“ hat einen nicht erlaubten Dateityp. Erlaubt sind JPEG, PNG, WebP, AVIF und PDF.`)
  }
  return args
}
