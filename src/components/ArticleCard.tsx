import Link from 'next/link'

import type { ArticleCard as Card } from '@/content/articles'
import { languageOf, localizedPath, type Locale } from '@/i18n/locales'
import { articlePath } from '@/lib/paths'

import { ArticleMeta } from './ArticleMeta'
import { ResponsiveImage } from './ResponsiveImage'

type Props = { article: Card; locale: Locale; headingLevel?: 'h2' | 'h3'; priority?: boolean }

/** One article in a list: photo, category and date, title as the link, teaser. */
export function ArticleCard({ article, locale, headingLevel: Heading = 'h2', priority = false }: Props) {
  return (
    <article className="card">
      <ResponsiveImage image={article.heroImage} preset="card" priority={priority} className="card__image" />
      <div className="card__body">
        <ArticleMeta categories={article.categories} publishedAt={article.publishedAt} locale={locale} />
        <Heading className="card__title" {...languageOf(article.textLanguages.title, locale)}>
          <Link href={localizedPath(articlePath(article.slug), locale)}>{article.title}</Link>
        </Heading>
        {article.teaser && (
          <p className="card__teaser" {...languageOf(article.textLanguages.teaser, locale)}>
            {article.teaser}
          </p>
        )}
      </div>
    </article>
  )
}

type GridProps = {
  articles: Card[]
  locale: Locale
  headingLevel?: 'h2' | 'h3'
  /** Cards whose image loads at once (above the fold). */
  eager?: number
}

/** A grid of cards; only the first image loads at once unless told otherwise. */
export function ArticleGrid({ articles, locale, headingLevel, eager = 1 }: GridProps) {
  return (
    <ul className="card-grid">
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard article={article} locale={locale} headingLevel={headingLevel} priority={index < eager} />
        </li>
      ))}
    </ul>
  )
}
