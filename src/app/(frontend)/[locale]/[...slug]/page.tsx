import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EasyLanguageSign } from '@/components/EasyLanguageSign'
import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { Attachments } from '@/components/AttachmentList'
import { attachmentsOf } from '@/content/documents'
import { getPageBySlug, listChildPages, pageBreadcrumbs } from '@/content/pages'
import { i18n } from '@/i18n'
import { languageOf, localizedPath } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { explainedPath, pagePath } from '@/lib/paths'
import { richTextPlainText } from '@/lib/richText'

type Props = { params: Promise<{ locale: string; slug: string[] }> }

async function load({ params }: Props) {
  const locale = await localeOf(params)
  const slug = (await params).slug.join('/')
  const { page, preview, language } = await getPageBySlug(slug, locale)
  if (!page) notFound()
  return { page, preview, language, locale, slug }
}

/** The first sentences of a text, at most about 160 characters, cut at a word. */
function excerpt(text: string): string {
  if (text.length <= 160) return text
  const cut = text.slice(0, 157)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 157)} …`
}

/** Its own title, canonical URL, language alternates and social preview (from the SEO fields when filled in). */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, language, locale, slug } = await load(props)
  return pageMetadata({
    title: page.meta?.title || page.title,
    // Every page has a description of its own: the SEO field, else the start of its text.
    description: page.meta?.description || excerpt(richTextPlainText(page.body)) || page.title,
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
  const { t, href } = i18n(locale)
  const crumbs = pageBreadcrumbs(page)
  const children = await listChildPages(page.id, locale)
  const documents = attachmentsOf(page)
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
        {crumbs.length > 1 && (
          <nav className="breadcrumbs" aria-label={t.pages.breadcrumb}>
            <ol>
              {crumbs.map((crumb, i) => (
                <li key={crumb.path}>
                  {i === crumbs.length - 1 ? (
                    <span aria-current="page">{crumb.label}</span>
                  ) : (
                    <Link href={href(crumb.path)}>{crumb.label}</Link>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1>{page.title}</h1>
        <RichTextBody data={page.body} />
        {children.length > 0 && (
          <nav aria-labelledby="unterseiten">
            <h2 id="unterseiten">{t.pages.subPages}</h2>
            <ul>
              {children.map((child) => (
                <li key={child.id}>
                  <Link href={href(pagePath(child.slug))}>{child.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <Attachments documents={documents} locale={locale} />
        {page.migoSignup && (
          <section className="box box--migo" aria-label="migo">
            <NewsletterSignup source={localizedPath(pagePath(slug), locale)} locale={language.shown} idPrefix="migo-seite" />
          </section>
        )}
      </article>
    </>
  )
}
