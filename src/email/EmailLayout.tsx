import { Body, Container, Head, Hr, Html, Preview, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import { mailTexts, textDirection, type MailLanguage } from './i18n'
import { ImprintFooter } from './ImprintFooter'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = {
  /** The language the mail is written in: `lang`, `dir` and the footer's texts follow it. */
  language: MailLanguage
  /** The document's title (mail programs and screen readers show it; the subject is a good one). */
  title: string
  /** The line mail clients show next to the subject. */
  preview: string
  imprint: Imprint
  /** Given for mails to a subscriber: the footer then offers the one-click way out… */
  unsubscribeUrl?: string
  /** …and the page where they choose the language of their mails. */
  languageUrl?: string
  children: ReactNode
}

/** The frame every mail of the site shares: sender line, content, imprint footer. */
export function EmailLayout({ language, title, preview, imprint, unsubscribeUrl, languageUrl, children }: Props) {
  return (
    <Html lang={language} dir={textDirection(language)}>
      <Head>
        <title>{title}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.masthead}>{imprint.name}</Text>
          {children}
          <Hr style={styles.rule} />
          <ImprintFooter texts={mailTexts(language).footer} imprint={imprint} unsubscribeUrl={unsubscribeUrl} languageUrl={languageUrl} />
        </Container>
      </Body>
    </Html>
  )
}
