import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { LANGUAGE_HEADER } from '@/server/language'

import { DEFAULT_LOCALE, isLocale, type Locale } from './locales'

/** The language of a page under `[locale]`; anything else is no page of the site. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/**
 * The language of the request, for what gets no params (the not-found page):
 * the front server, or the dev proxy, names it in a request header.
 */
export async function requestLocale(): Promise<Locale> {
  const value = (await headers()).get(LANGUAGE_HEADER)
  return isLocale(value) ? value : DEFAULT_LOCALE
}
