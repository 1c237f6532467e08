import type { Metadata } from 'next'

import { DEFAULT_LOCALE, LOCALES, localizedPath, OG_LOCALE, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

import { isImage } from './media'
import { absoluteUrl } from './paths'

export const DEFAULT_SOCIAL_IMAGE = { url: '/og-default.png', width: 1200, height: 630, alt: 'Essener Verbund der Immigrantenvereine e.V.' }

type Input = {
  title: string
  description?: string | null
  /** The page's public path in German form ("/aktuelles"); the language prefix is added here. */
  path: string
  /** The reader's language (the page's address). */
  locale: Locale
  /**
   * The languages the page really exists in: every language for pages made
   * of interface texts (the default), only real translations for a document.
   */
  translations?: readonly Locale[]
  image?: Media | number | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
}

/**
 * Title, description, canonical URL, language alternates and social previews
 * (Open Graph, Twitter) for one public page. `hreflang` alternates name only
 * the languages the page is really written in; a page shown in German because
 * its translation is missing names the German page as canonical, so search
 * engines never take it for a translation.
 */
export function pageMetadata({ title, description, path, locale, translations = LOCALES, image, type = 'website', publishedTime, modifiedTime }: Input): Metadata {
  const shown = translations.includes(locale) ? locale : DEFAULT_LOCALE
  const canonical = absoluteUrl(localizedPath(path, shown))
  const social =
    isImage(image)
      ? {
          url: absoluteUrl(image.sizes?.social?.url ?? image.url),
          width: image.sizes?.social?.width ?? image.width ?? undefined,
          height: image.sizes?.social?.height ?? image.height ?? undefined,
          alt: image.alt,
        }
      : { ...DEFAULT_SOCIAL_IMAGE, url: absoluteUrl(DEFAULT_SOCIAL_IMAGE.url) }
  const languages = Object.fromEntries([
    ...translations.map((language) => [language, absoluteUrl(localizedPath(path, language))]),
    ['x-default', absoluteUrl(path)],
  ])
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical, languages },
    openGraph: {
      type,
      locale: OG_LOCALE[shown],
      alternateLocale: translations.filter((language) => language !== shown).map((language) => OG_LOCALE[language]),
      siteName: 'Essener Verbund der Immigrantenvereine e.V.',
      title,
      description: description ?? undefined,
      url: canonical,
      images: [social],
      ...(type === 'article' ? { publishedTime: publishedTime ?? undefined, modifiedTime: modifiedTime ?? undefined } : {}),
    },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, images: [social.url] },
  }
}
