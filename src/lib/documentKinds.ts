/** The kinds of documents /dokumente lists, in this order. */
export const DOCUMENT_KINDS = [
  { value: 'satzung', label: 'Satzung' },
  { value: 'geschaeftsbericht', label: 'Geschäftsberichte' },
  { value: 'pressemitteilung', label: 'Pressemitteilungen' },
  { value: 'formular', label: 'Formulare' },
] as const

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['value']

/** "1,2 MB", "480 kB": a file's size as German readers expect it next to a download link. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`
  return `${(bytes / 1000 / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`
}

/** "PDF" for application/pdf, "JPEG" for image/jpeg: the type readers see next to a download. */
export const fileTypeLabel = (mimeType: string | null | undefined): string => (mimeType?.split('/')[1] ?? 'Datei').toUpperCase()
