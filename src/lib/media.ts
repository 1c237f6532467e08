import type { Media } from '@/payload-types'

/**
 * A populated media document that can be shown as an image: it has a URL
 * and is one (a PDF chosen as an image before image fields refused one is not).
 */
export const isImage = (value: Media | number | null | undefined): value is Media & { url: string } =>
  typeof value === 'object' && value !== null && Boolean(value.url) && Boolean(value.mimeType?.startsWith('image/'))
