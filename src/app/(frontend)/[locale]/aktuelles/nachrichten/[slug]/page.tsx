import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleBoxes } from '@/components/ArticleBoxes'
import { ArticleGrid } from '@/components/ArticleCard'
import { ArticleMeta } from '@/components/ArticleMeta'
import { HeroImage } from '@/components/HeroImage'
import { JsonLd } from '@/components/JsonLd'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { ShareLinks } from '@/components/ShareLinks'
import { getArticleBySlug, listRelatedArticles } from '@/content/articles'
import { getSiteSettings } from '@/content/site'
import type { Article } from '@/payload-types'
import { DEFAULT_SOCIAL_IMAGE, pageMetadata } from '@/lib/pageMetadata'
import { absoluteUrl, articlePath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const { slug } = await props.params
  const locale = await localeOf(props.params)
  const { article, preview } = await getArticleBySlug(slug, locale)
  if (!article) notFound()
  return { article, preview, slug, locale }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article, slug } = await load(props)
  return pageMetadata({
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.teaser,
    path: articlePath(slug),
    image: article.meta?.image || article.heroImage,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

/** schema.org NewsArticle, for search engines. */
function newsArticleData(article: Article, url: string) {
  const image = typeof article.heroImage === 'object' && article.heroImage?.url ? article.heroImage : null
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.teaser ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    mainEntityOfPage: url,
    image: [absoluteUrl(image ? (image.sizes?.social?.url ?? image.url!) : DEFAULT_SOCIAL_IMAGE.url)],
    author: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.' },
    publisher: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.', logo: absoluteUrl(DEFAULT_SOCIAL_IMAGE.url) },
  }
}

export default async function ArticlePage(props: Props) {
  const { article, preview, slug, locale } = await load(props)
  const [related, settings] = await Promise.all([listRelatedArticles(article, locale), getSiteSettings(locale)])
  const url = absoluteUrl(articlePath(slug))

  return (
    <>
      {preview && <PreviewBanner path={articlePath(slug)} />}
      <article className="container article">
        <header className="article__header">
          <ArticleMeta categories={article.categories} publishedAt={article.publishedAt} />
          <h1>{article.title}</h1>
          {article.teaser && <p className="lead">{article.teaser}</p>}
        </header>
        <HeroImage image={article.heroImage} />
        <RichTextBody data={article.body} />
        {article.source?.label && (
          <p className="article__source">
            Quelle: {article.source.url ? <a href={article.source.url}>{article.source.label}</a> : article.source.label}
          </p>
        )}
        <ShareLinks url={url} title={article.title} />
        <JsonLd data={newsArticleData(article, url)} />
      </article>
      <div className="container">
        {related.length > 0 && (
          <section className="related" aria-labelledby="weitere">
            <h2 id="weitere">Weitere Beiträge zum Thema</h2>
            <ArticleGrid articles={related} headingLevel="h3" eager={0} />
          </section>
        )}
        <ArticleBoxes settings={settings} path={articlePath(slug)} />
      </div>
    </>
  )
}
