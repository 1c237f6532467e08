import { Button, Heading, Link, Section, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import { formatMailDateTime, mailTexts, type MailLanguage } from './i18n'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { language: MailLanguage; confirmUrl: string; expiresAt: Date; imprint: Imprint }

/**
 * The double opt-in mail: only the request to confirm, no advertising (a
 * confirmation mail with promotion would itself need consent).
 */
export function ConfirmSubscription({ language, confirmUrl, expiresAt, imprint }: Props) {
  const texts = mailTexts(language).confirm
  return (
    <EmailLayout language={language} title={texts.subject} preview={texts.subject} imprint={imprint}>
      <Heading as="h1" style={styles.heading}>
        {texts.heading}
      </Heading>
      <Text style={styles.text}>{texts.intro}</Text>
      <Section style={{ margin: '0 0 24px' }}>
        <Button href={confirmUrl} style={styles.button}>
          {texts.button}
        </Button>
      </Section>
      <Text style={styles.text}>{texts.validUntil(formatMailDateTime(language, expiresAt))}</Text>
      <Text style={styles.small}>
        {texts.fallback}
        <br />
        <Link href={confirmUrl} style={styles.link}>
          {confirmUrl}
        </Link>
      </Text>
      <Text style={styles.small}>{texts.notYou}</Text>
    </EmailLayout>
  )
}
