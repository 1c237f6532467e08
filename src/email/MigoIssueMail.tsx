import { Heading, Img, Link, Section, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import { EmailRichText } from './EmailRichText'
import { mailTexts, textDirection, type MailLanguage } from './i18n'
import type { Imprint } from './imprint'
import { styles } from './styles'

export type MigoMailItem = {
  headline: string | null
  text: string | null
  /** The article on the site, absolute. */
  url: string | null
  image: { src: string; alt: string; width: number; height: number } | null
}
export type MigoMailSection = { topic: string; items: MigoMailItem[] }

type Props = {
  /** The language the issue is written in (German, or the reader's where it is translated). */
  language: MailLanguage
  /** An issue in German to a reader of another language: one line in theirs says why. */
  note?: { language: MailLanguage; text: string }
  subject: string
  issueNumber: number
  monthLabel: string
  title: string
  /** The issue in the web archive, for readers whose mail program shows it badly. */
  webUrl: string
  editorial: unknown
  sections: MigoMailSection[]
  imprint: Imprint
  unsubscribeUrl: string
  languageUrl: string
}

function Item({ item, readMore }: { item: MigoMailItem; readMore: string }) {
  return (
    <Section style={{ margin: '0 0 24px' }}>
      {item.image && item.url && (
        <Link href={item.url}>
          <Img src={item.image.src} alt={item.image.alt} width={item.image.width} height={item.image.height} style={styles.image} />
        </Link>
      )}
      {item.headline && (
        <Heading as="h3" style={styles.itemHeadline}>
          {item.url ? (
            <Link href={item.url} style={{ color: 'inherit', textDecoration: 'none' }}>
              {item.headline}
            </Link>
          ) : (
            item.headline
          )}
        </Heading>
      )}
      {item.text && <Text style={styles.text}>{item.text}</Text>}
      {item.url && (
        <Text style={{ ...styles.text, margin: 0 }}>
          <Link href={item.url} style={styles.link}>
            {readMore}
          </Link>
        </Text>
      )}
    </Section>
  )
}

/** One migo issue as a mail: masthead, editorial, the sections by topic, the way out and the imprint. */
export function MigoIssueMail(props: Props) {
  const { language, note, subject, issueNumber, monthLabel, title, webUrl, editorial, sections, imprint, unsubscribeUrl, languageUrl } = props
  const texts = mailTexts(language).migo
  return (
    <EmailLayout
      language={language}
      title={subject}
      preview={`${texts.issue(issueNumber)}, ${monthLabel}: ${title}`}
      imprint={imprint}
      unsubscribeUrl={unsubscribeUrl}
      languageUrl={languageUrl}
    >
      {note && (
        <Text lang={note.language} dir={textDirection(note.language)} style={styles.note}>
          {note.text}
        </Text>
      )}
      <Text style={styles.small}>
        {texts.issue(issueNumber)} · {monthLabel} ·{' '}
        <Link href={webUrl} style={styles.link}>
          {texts.readInBrowser}
        </Link>
      </Text>
      <Heading as="h1" style={styles.heading}>
        {title}
      </Heading>
      {Boolean(editorial) && (
        <Section>
          <Heading as="h2" style={styles.subheading}>
            {texts.editorial}
          </Heading>
          <EmailRichText data={editorial} />
        </Section>
      )}
      {sections.map((section, index) => (
        <Section key={index}>
          <Heading as="h2" style={styles.topic}>
            {section.topic}
          </Heading>
          {section.items.map((item, i) => (
            <Item key={i} item={item} readMore={texts.readMore} />
          ))}
        </Section>
      ))}
    </EmailLayout>
  )
}
