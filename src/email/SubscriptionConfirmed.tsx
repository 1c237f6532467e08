import { Heading, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import { mailTexts, type MailLanguage } from './i18n'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { language: MailLanguage; unsubscribeUrl: string; languageUrl: string; imprint: Imprint }

/** Sent once the link was opened: the subscription is on, and the way out is in hand from the start. */
export function SubscriptionConfirmed({ language, unsubscribeUrl, languageUrl, imprint }: Props) {
  const texts = mailTexts(language).confirmed
  return (
    <EmailLayout language={language} title={texts.subject} preview={texts.heading} imprint={imprint} unsubscribeUrl={unsubscribeUrl} languageUrl={languageUrl}>
      <Heading as="h1" style={styles.heading}>
        {texts.heading}
      </Heading>
      <Text style={styles.text}>{texts.thanks}</Text>
      <Text style={styles.text}>{texts.wayOut}</Text>
    </EmailLayout>
  )
}
