/**
 * The mail of one migo issue. It is rendered once per send (React Email, HTML
 * and plain text) with a placeholder where each reader's unsubscribe token
 * goes; per reader only the token is put in. Rendering per reader would cost
 * the sender most of its time.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'

import { isPublicArticle } from '@/access/articleVisibleOrStaff'
import { loadImprint } from '@/email/imprint'
import { MigoIssueMail, type MigoMailItem } from '@/email/MigoIssueMail'
import { renderEmail } from '@/email/render'
import { unsubscribeHeaders } from '@/email/unsubscribeLink'
import { formatMonth } from '@/lib/formatDate'
import { migoItemContent, migoTopicLabel, type MigoItem } from '@/lib/migoItems'
import { absoluteUrl, articlePath, migoIssuePath, unsubscribePath } from '@/lib/paths'
import type { Media, NewsletterIssue } from '@/payload-types'

const TOKEN_PLACEHOLDER = 'evi-unsubscribe-token-placeholder'
const MAIL_WIDTH = 552

export type IssueMail = {
  subject: string
  /** The issue's mail for one reader: their own unsubscribe link in the footer, the text part and the headers. */
  forReader: (unsubscribeToken: string) => { html: string; text: string; headers: Record<string, string> }
}

function itemImage(media: unknown): MigoMailItem['image'] {
  if (!media || typeof media !== 'object') return null
  const { url, alt, width, height, sizes } = media as Media
  const src = sizes?.card?.url || url
  const [w, h] = sizes?.card?.url ? [sizes.card.width, sizes.card.height] : [width, height]
  if (!src || !w || !h) return null
  return { src: absoluteUrl(src), alt, width: MAIL_WIDTH, height: Math.round((MAIL_WIDTH * h) / w) }
}

/**
 * An item as the mail shows it. The issue is loaded with access off (drafts
 * for the preview), so an article readers cannot see yet is left out here, as
 * the web page leaves it out: only the item's own headline and text remain.
 */
function mailItem(item: MigoItem): MigoMailItem {
  const linked = item.article && typeof item.article === 'object' && isPublicArticle(item.article) ? item.article : null
  const { article, headline, text } = migoItemContent({ ...item, article: linked })
  return { headline, text, url: article ? absoluteUrl(articlePath(article.slug)) : null, image: itemImage(article?.heroImage) }
}

/** Sections with what the mail can show (empty items and sections dropped, as on the web page). */
const mailSections = (issue: NewsletterIssue) =>
  (issue.sections ?? [])
    .map((section) => ({ topic: migoTopicLabel(section.topic), items: (section.items ?? []).map(mailItem).filter((item) => item.headline || item.text) }))
    .filter((section) => section.items.length > 0)

/** `issue` must be loaded with depth 2 (articles and their images). */
export async function prepareIssueMail(payload: Payload, issue: NewsletterIssue, { test = false } = {}): Promise<IssueMail> {
  const imprint = await loadImprint(payload)
  const { html, text } = await renderEmail(
    createElement(MigoIssueMail, {
      issueNumber: issue.issueNumber,
      monthLabel: formatMonth(issue.month),
      title: issue.title,
      webUrl: absoluteUrl(migoIssuePath(issue.slug)),
      editorial: issue.editorial,
      sections: mailSections(issue),
      imprint,
      unsubscribeUrl: absoluteUrl(unsubscribePath(TOKEN_PLACEHOLDER)),
    }),
  )
  // The footer must carry the link in both parts; a template change that lost it must not go out.
  if (!html.includes(TOKEN_PLACEHOLDER) || !text.includes(TOKEN_PLACEHOLDER)) {
    throw new Error('The migo mail template lost its unsubscribe link')
  }
  const subject = `${test ? '[Test] ' : ''}migo Nr. ${issue.issueNumber} – ${issue.title}`
  return {
    subject,
    forReader: (token) => {
      const url = absoluteUrl(unsubscribePath(token))
      return {
        html: html.replaceAll(TOKEN_PLACEHOLDER, token),
        text: text.replaceAll(TOKEN_PLACEHOLDER, token),
        headers: unsubscribeHeaders(url),
      }
    },
  }
}

/** The issue as it stands (the latest draft included), with what the mail shows of its articles. */
export const loadIssueForMail = (payload: Payload, id: number, { draft = false } = {}) =>
  payload.findByID({ collection: 'newsletter-issues', id, depth: 2, draft, overrideAccess: true })
