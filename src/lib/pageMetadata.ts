import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { absoluteUrl } from './paths'

export const DEFAULT_SOCIAL_IMAGE = { url: '/og-default.png', width: 1200, height: 630, alt: 'Essener Verbund der Immigrantenvereine e.V.' }

type Input = {
  title: string
  description?: string | null
  path: string
  image?: Media | number | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
}

/** Title, description, canonical URL and social previews (Open Graph, Twitter) for one public page. */
export function pageMetadata({ title, description, path, image, type = 'website', publishedTime, modifiedTime }: Input): Metadata {
  const social =
    image && typeof image === 'object' && image.url
      ? {
          url: absoluteUrl(image.sizes?.social?.url ?? image.url),
          width: image.sizes?.social?.width ?? image.width ?? undefined,
          height: image.sizes?.social?.height ?? image.height ?? undefined,
          alt: image.alt,
        }
      : { ...DEFAULT_SOCIAL_IMAGE, url: absoluteUrl(DEFAULT_SOCIAL_IMAGE.url) }
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: absoluteUrl(path) },
    openGraph: {
      type,
      locale: 'de_DE',
      siteName: 'Essener Verbund der Immigrantenvereine e.V.',
      title,
      description: description ?? undefined,
      url: absoluteUrl(path),
      images: [social],
      ...(type === 'article' ? { publishedTime: publishedTime ?? undefined, modifiedTime: modifiedTime ?? undefined } : {}),
    },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, images: [social.url] },
  }
}
