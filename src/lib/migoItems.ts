import { MIGO_TOPICS } from '@/lib/fieldsOfActivity'
import type { Article, NewsletterIssue } from '@/payload-types'

type Section = NonNullable<NewsletterIssue['sections']>[number]
export type MigoItem = NonNullable<Section['items']>[number]

/** "Aus den Vereinen" for the stored value "aus-den-vereinen". */
export const migoTopicLabel = (value: string) => MIGO_TOPICS.find((t) => t.value === value)?.label ?? value

/**
 * What an item shows, for the web page and the mail alike: an article of the
 * site (its own headline and text may replace the article's), or a short text
 * of its own.
 */
export function migoItemContent(item: MigoItem): { article: Article | null; headline: string | null; text: string | null } {
  const article = item.article && typeof item.article === 'object' ? item.article : null
  return { article, headline: item.headline || article?.title || null, text: item.text || article?.teaser || null }
}

/** The sections that have something to show. */
const hasContent = (item: MigoItem) => {
  const { headline, text } = migoItemContent(item)
  return Boolean(headline || text)
}

export const filledSections = (issue: Pick<NewsletterIssue, 'sections'>): Section[] =>
  (issue.sections ?? []).filter((section) => section.items?.some(hasContent))
