import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleBoxes } from '@/components/ArticleBoxes'
import { ArticleGrid } from '@/components/ArticleCard'
import { ArticleMeta } from '@/components/ArticleMeta'
import { Attachments } from '@/components/AttachmentList'
import { HeroImage } from '@/components/HeroImage'
import { JsonLd } from '@/components/JsonLd'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { ShareLinks } from '@/components/ShareLinks'
import { getArticleBySlug, listRelatedArticles } from '@/content/articles'
import { attachmentsOf } from '@/content/documents'
import { getSiteSettings } from '@/content/site'
import { i18n } from '@/i18n'
import { languageOf, localizedPath, type Locale } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { isImage } from '@/lib/media'
import { DEFAULT_SOCIAL_IMAGE, pageMetadata } from '@/lib/pageMetadata'
import { absoluteUrl, articlePath } from '@/lib/paths'
import type { Article } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const { slug } = await props.params
  const { article, preview, language } = await getArticleBySlug(slug, locale)
  if (!article) notFound()
  return { article, preview, slug, locale, language }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article, slug, locale, language } = await load(props)
  return pageMetadata({
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.teaser,
    path: articlePath(slug),
    locale,
    translations: language.translations,
    image: article.meta?.image || article.heroImage,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

/** schema.org NewsArticle, for search engines, naming the language it is written in. */
function newsArticleData(article: Article, url: string, language: Locale) {
  const image = isImage(article.heroImage) ? article.heroImage : null
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.teaser ?? undefined,
    inLanguage: language,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    mainEntityOfPage: url,
    image: [absoluteUrl(image ? (image.sizes?.social?.url ?? image.url!) : DEFAULT_SOCIAL_IMAGE.url)],
    author: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.' },
    publisher: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.', logo: absoluteUrl(DEFAULT_SOCIAL_IMAGE.url) },
  }
}

/**
 * One article. Its text comes in the reader's language when translated, else
 * in German (marked as such: `lang`, `dir` and a note above it); the page
 * around it — sharing, related articles, the boxes — is in the reader's language.
 */
export default async function ArticlePage(props: Props) {
  const { article, preview, slug, locale, language } = await load(props)
  const [related, settings] = await Promise.all([listRelatedArticles(article, locale), getSiteSettings(locale)])
  const { t } = i18n(locale)
  const shown = language.shown
  const url = absoluteUrl(localizedPath(articlePath(slug), shown))

  return (
    <>
      {preview && <PreviewBanner path={localizedPath(articlePath(slug), locale)} />}
      <PageLanguages locale={locale} path={articlePath(slug)} shown={shown} />
      <article className="container article">
        <div {...languageOf(shown, locale)}>
          <header className="article__header">
            <ArticleMeta categories={article.categories} publishedAt={article.publishedAt} locale={shown} />
            <h1>{article.title}</h1>
            {article.teaser && (
              <p className="lead" {...languageOf(language.of('teaser'), shown)}>
                {article.teaser}
              </p>
            )}
          </header>
          <HeroImage image={article.heroImage} />
          <RichTextBody data={article.body} />
          {article.source?.label && (
            <p className="article__source">
              {i18n(shown).t.article.source}{' '}
              <bdi>{article.source.url ? <a href={article.source.url}>{article.source.label}</a> : article.source.label}</bdi>
            </p>
          )}
        </div>
        <Attachments documents={attachmentsOf(article)} locale={locale} />
        <ShareLinks url={url} title={article.title} locale={locale} />
        <JsonLd data={newsArticleData(article, url, shown)} />
      </article>
      <div className="container">
        {related.length > 0 && (
          <section className="related" aria-labelledby="weitere">
            <h2 id="weitere">{t.article.related}</h2>
            <ArticleGrid articles={related} locale={locale} headingLevel="h3" eager={0} />
          </section>
        )}
        <ArticleBoxes settings={settings} path={articlePath(slug)} locale={locale} />
      </div>
    </>
  )
}
