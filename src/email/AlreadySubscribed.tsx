import { Heading, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import { mailTexts, type MailLanguage } from './i18n'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { language: MailLanguage; unsubscribeUrl: string; languageUrl: string; imprint: Imprint }

/**
 * A confirmed address was signed up again. The web page says the same as for
 * any address (it must not reveal who subscribes); this mail tells the owner
 * alone that nothing changed, and how to leave if they want to.
 */
export function AlreadySubscribed({ language, unsubscribeUrl, languageUrl, imprint }: Props) {
  const texts = mailTexts(language).alreadySubscribed
  return (
    <EmailLayout language={language} title={texts.subject} preview={texts.text} imprint={imprint} unsubscribeUrl={unsubscribeUrl} languageUrl={languageUrl}>
      <Heading as="h1" style={styles.heading}>
        {texts.heading}
      </Heading>
      <Text style={styles.text}>{texts.text}</Text>
    </EmailLayout>
  )
}
