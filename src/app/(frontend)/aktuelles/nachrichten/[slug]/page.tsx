import { notFound } from 'next/navigation'

import { HeroImage } from '@/components/HeroImage'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getArticleBySlug } from '@/content/articles'
import { formatDate } from '@/lib/formatDate'
import { articlePath } from '@/lib/previewPath'

type Props = { params: Promise<{ slug: string }> }

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { article, preview } = await getArticleBySlug(slug)
  if (!article) notFound()
  const categories = (article.categories ?? []).filter((c) => typeof c === 'object')

  return (
    <>
      {preview && <PreviewBanner path={articlePath(slug)} />}
      <article className="container article">
        <p className="article__meta">
          {categories.map((c) => c.title).join(', ')}
          {article.publishedAt && <> · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time></>}
        </p>
        <h1>{article.title}</h1>
        {article.teaser && <p className="lead">{article.teaser}</p>}
        <HeroImage image={article.heroImage} />
        <RichTextBody data={article.body} />
        {article.source?.label && (
          <p className="article__source">
            Quelle: {article.source.url ? <a href={article.source.url}>{article.source.label}</a> : article.source.label}
          </p>
        )}
      </article>
    </>
  )
}
