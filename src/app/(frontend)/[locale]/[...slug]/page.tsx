import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EasyLanguageSign } from '@/components/EasyLanguageSign'
import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getPageBySlug } from '@/content/pages'
import { languageOf, localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { explainedPath, pagePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; slug: string[] }> }

async function load({ params }: Props) {
  const locale = await localeOf(params)
  const slug = (await params).slug.join('/')
  const { page, preview, language } = await getPageBySlug(slug, locale)
  if (!page) notFound()
  return { page, preview, language, locale, slug }
}

/** Its own title, canonical URL, language alternates and social preview (from the SEO fields when filled in). */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, language, locale, slug } = await load(props)
  return pageMetadata({
    title: page.meta?.title || page.title,
    description: page.meta?.description,
    path: pagePath(slug),
    locale,
    translations: language.translations,
    image: page.meta?.image,
  })
}

/**
 * Free pages: /ueber-uns, /impressum, /datenschutz, /kontakt … in the reader's
 * language, or in German with a note. Pages in Leichte Sprache
 * (/leichte-sprache/…) get larger type and wider spacing.
 */
export default async function FreePage(props: Props) {
  const { page, preview, language, locale, slug } = await load(props)
  const easyRead = explainedPath(pagePath(slug)) !== null
  return (
    <>
      {preview && <PreviewBanner path={localizedPath(pagePath(slug), locale)} />}
      <PageLanguages locale={locale} path={pagePath(slug)} shown={language.shown} />
      <article className={`container article${easyRead ? ' easy-read' : ''}`} {...languageOf(language.shown, locale)}>
        {easyRead && (
          <p className="easy-language easy-language--badge" lang="de">
            <EasyLanguageSign />
            Leichte Sprache
          </p>
        )}
        <h1>{page.title}</h1>
        <RichTextBody data={page.body} />
        {page.migoSignup && (
          <section className="box box--migo" aria-label="migo">
            <NewsletterSignup source={localizedPath(pagePath(slug), locale)} locale={language.shown} idPrefix="migo-seite" />
          </section>
        )}
      </article>
    </>
  )
}
