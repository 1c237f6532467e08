import { isImage } from '@/lib/media'
import type { Media } from '@/payload-types'

/** Which generated sizes serve which slot, narrowest first. */
const PRESETS = {
  card: { sizes: ['thumbnail', 'card', 'cardLarge'], slot: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw' },
  hero: { sizes: ['heroSmall', 'hero'], slot: '(min-width: 52rem) 48rem, 100vw' },
} as const

type Props = {
  image: Media | number | null | undefined
  preset: keyof typeof PRESETS
  /** Above the fold: load at once and with priority. Everything else loads lazily. */
  priority?: boolean
  className?: string
}

type Size = { url?: string | null; width?: number | null; height?: number | null }

/** An uploaded image with its generated sizes as srcset, width and height set (no layout shift). */
export function ResponsiveImage({ image, preset, priority = false, className }: Props) {
  if (!isImage(image)) return null
  const { sizes, slot } = PRESETS[preset]
  const variants = sizes
    .map((name) => (image.sizes as Record<string, Size> | undefined)?.[name])
    .filter((s): s is Size & { url: string; width: number; height: number } => Boolean(s?.url && s.width && s.height))
  const largest = variants.at(-1) ?? { url: image.url, width: image.width ?? undefined, height: image.height ?? undefined }
  const fallback = variants[Math.min(1, variants.length - 1)] ?? largest
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload generates the sizes; next/image would resize them again
    <img
      className={className}
      src={fallback.url ?? image.url}
      srcSet={variants.length ? variants.map((v) => `${v.url} ${v.width}w`).join(', ') : undefined}
      sizes={variants.length ? slot : undefined}
      width={largest.width ?? undefined}
      height={largest.height ?? undefined}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
