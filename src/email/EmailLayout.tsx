import { Body, Container, Head, Hr, Html, Preview, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import { ImprintFooter } from './ImprintFooter'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = {
  /** The line mail clients show next to the subject. */
  preview: string
  imprint: Imprint
  /** Given for mails to a subscriber: the footer then offers the one-click way out. */
  unsubscribeUrl?: string
  children: ReactNode
}

/** The frame every mail of the site shares: sender line, content, imprint footer. */
export function EmailLayout({ preview, imprint, unsubscribeUrl, children }: Props) {
  return (
    <Html lang="de" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.masthead}>{imprint.name}</Text>
          {children}
          <Hr style={styles.rule} />
          <ImprintFooter imprint={imprint} unsubscribeUrl={unsubscribeUrl} />
        </Container>
      </Body>
    </Html>
  )
}
