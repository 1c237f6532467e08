/**
 * The mail of one migo issue, in each reader's language.
 *
 * Which language a reader gets: their own where the issue is translated into
 * it, German otherwise (with one line in their language saying so). An issue
 * counts as translated into a language when, read in that language without
 * falling back to German,
 * - its title is filled in,
 * - its editorial has text (where the German one has),
 * - every item the German mail shows has a headline: its own, or the title of
 *   its linked article in that language.
 * A half-translated mail (some items in German) would be worse than a German one.
 *
 * Each language's mail is rendered once per send (React Email, HTML and plain
 * text), with a placeholder where each reader's token goes; per reader only
 * the token is put in. Rendering per reader would cost the sender most of its time.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'

import { isPublicArticle } from '@/access/articleVisibleOrStaff'
import { DEFAULT_MAIL_LANGUAGE, formatMailMonth, mailTexts, readerPath, type MailLanguage, type MigoTopic } from '@/email/i18n'
import { loadImprint } from '@/email/imprint'
import { MigoIssueMail, type MigoMailItem, type MigoMailSection } from '@/email/MigoIssueMail'
import { renderEmail } from '@/email/render'
import { subscriberLinks } from '@/email/unsubscribeLink'
import { migoItemContent, type MigoItem } from '@/lib/migoItems'
import { absoluteUrl, articlePath, migoIssuePath } from '@/lib/paths'
import { richTextHasText } from '@/lib/richText'
import type { Media, NewsletterIssue } from '@/payload-types'

const TOKEN_PLACEHOLDER = 'evi-reader-token-placeholder'
const MAIL_WIDTH = 552

export type LanguageMail = {
  /** The language the mail is written in. */
  language: MailLanguage
  subject: string
  /** The issue's mail for one reader: their own links (unsubscribe, language) in the footer, the text part and the headers. */
  forReader: (token: string) => { html: string; text: string; headers: Record<string, string> }
}

export type IssueMail = {
  /** The mail for readers of this language (rendered on first use, then shared). */
  forLanguage: (reader: MailLanguage) => Promise<LanguageMail>
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
function mailItem(item: MigoItem, language: MailLanguage): MigoMailItem {
  const linked = item.article && typeof item.article === 'object' && isPublicArticle(item.article) ? item.article : null
  const { article, headline, text } = migoItemContent({ ...item, article: linked })
  return { headline, text, url: article ? absoluteUrl(readerPath(language, articlePath(article.slug))) : null, image: itemImage(article?.heroImage) }
}

const shown = (item: MigoMailItem) => Boolean(item.headline || item.text)

/** Sections with what the mail can show (empty items and sections dropped, as on the web page). */
function mailSections(issue: NewsletterIssue, language: MailLanguage): MigoMailSection[] {
  const topics = mailTexts(language).migo.topics
  return (issue.sections ?? [])
    .map((section) => ({
      topic: topics[section.topic as MigoTopic] ?? section.topic,
      items: (section.items ?? []).map((item) => mailItem(item, language)).filter(shown),
    }))
    .filter((section) => section.items.length > 0)
}

/** See the rule at the top. `translation` is the issue read in the language without fallback. */
export function isTranslated(german: NewsletterIssue, translation: NewsletterIssue): boolean {
  if (!translation.title?.trim()) return false
  if (richTextHasText(german.editorial) && !richTextHasText(translation.editorial)) return false
  return (german.sections ?? []).every((section, s) =>
    (section.items ?? []).every((item, i) => {
      if (!shown(mailItem(item, DEFAULT_MAIL_LANGUAGE))) return true
      const translated = translation.sections?.[s]?.items?.[i]
      return Boolean(translated && mailItem(translated, DEFAULT_MAIL_LANGUAGE).headline?.trim())
    }),
  )
}

type Variant = { issue: NewsletterIssue; language: MailLanguage; note?: { language: MailLanguage; text: string } }

async function render(payload: Payload, { issue, language, note }: Variant, test: boolean): Promise<LanguageMail> {
  const texts = mailTexts(language)
  const subject = `${test ? '[Test] ' : ''}${texts.migo.issue(issue.issueNumber)} – ${issue.title}`
  const links = subscriberLinks(TOKEN_PLACEHOLDER)
  const { html, text } = await renderEmail(
    createElement(MigoIssueMail, {
      language,
      note,
      subject,
      issueNumber: issue.issueNumber,
      monthLabel: formatMailMonth(language, issue.month),
      title: issue.title,
      webUrl: absoluteUrl(readerPath(language, migoIssuePath(issue.slug))),
      editorial: issue.editorial,
      sections: mailSections(issue, language),
      imprint: await loadImprint(payload, language),
      unsubscribeUrl: links.unsubscribeUrl,
      languageUrl: links.languageUrl,
    }),
  )
  // The footer must carry the way out in both parts; a template change that lost it must not go out.
  if (!html.includes(TOKEN_PLACEHOLDER) || !text.includes(TOKEN_PLACEHOLDER)) {
    throw new Error('The migo mail template lost its unsubscribe link')
  }
  return {
    language,
    subject,
    forReader: (token) => ({
      html: html.replaceAll(TOKEN_PLACEHOLDER, token),
      text: text.replaceAll(TOKEN_PLACEHOLDER, token),
      headers: subscriberLinks(token).headers,
    }),
  }
}

/**
 * `issue` must be loaded in German with depth 2 (articles and their images);
 * `draft` says whether it is the latest draft (preview, test mail), so that
 * its translations are read the same way.
 */
export function prepareIssueMail(payload: Payload, issue: NewsletterIssue, { test = false, draft = false } = {}): IssueMail {
  const rendered = new Map<MailLanguage, Promise<LanguageMail>>()

  const variant = async (reader: MailLanguage): Promise<Variant> => {
    if (reader === DEFAULT_MAIL_LANGUAGE) return { issue, language: reader }
    const translation = await payload.findByID({
      collection: 'newsletter-issues',
      id: issue.id,
      depth: 2,
      draft,
      locale: reader,
      fallbackLocale: false,
      overrideAccess: true,
    })
    if (isTranslated(issue, translation)) return { issue: translation, language: reader }
    return { issue, language: DEFAULT_MAIL_LANGUAGE, note: { language: reader, text: mailTexts(reader).migo.onlyInGerman } }
  }

  return {
    forLanguage: (reader) => {
      let mail = rendered.get(reader)
      if (!mail) {
        mail = variant(reader).then((chosen) => render(payload, chosen, test))
        rendered.set(reader, mail)
      }
      return mail
    },
  }
}

/** The issue as it stands (the latest draft included), in German, with what the mail shows of its articles. */
export const loadIssueForMail = (payload: Payload, id: number, { draft = false } = {}) =>
  payload.findByID({ collection: 'newsletter-issues', id, depth: 2, draft, locale: DEFAULT_MAIL_LANGUAGE, overrideAccess: true })
