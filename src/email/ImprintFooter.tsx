import { Link, Text } from '@react-email/components'

import type { MailTexts } from './i18n'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { texts: MailTexts['footer']; imprint: Imprint; unsubscribeUrl?: string; languageUrl?: string }

/** The foot of every mail: the ways out and to another language (when the mail goes to a subscriber) and the sender's imprint. */
export function ImprintFooter({ texts, imprint, unsubscribeUrl, languageUrl }: Props) {
  const contact = [imprint.email && `${texts.email}: ${imprint.email}`, imprint.phone && `${texts.phone}: ${imprint.phone}`].filter(Boolean)
  return (
    <>
      {/* Nothing right after a link: some mail programs would take a full stop into the address. */}
      {unsubscribeUrl && (
        <Text style={styles.small}>
          {texts.unsubscribeIntro}{' '}
          <Link href={unsubscribeUrl} style={styles.link}>
            {texts.unsubscribeLink}
          </Link>
        </Text>
      )}
      {languageUrl && (
        <Text style={styles.small}>
          {texts.languageIntro}{' '}
          <Link href={languageUrl} style={styles.link}>
            {texts.languageLink}
          </Link>
        </Text>
      )}
      <Text style={styles.small}>
        {imprint.name}
        {imprint.address?.split('\n').map((line, index) => (
          <span key={index}>
            <br />
            {line}
          </span>
        ))}
        {contact.map((line) => (
          <span key={line}>
            <br />
            {line}
          </span>
        ))}
      </Text>
      <Text style={styles.small}>
        <Link href={imprint.imprintUrl} style={styles.link}>
          {texts.imprint}
        </Link>{' '}
        ·{' '}
        <Link href={imprint.siteUrl} style={styles.link}>
          {imprint.siteUrl}
        </Link>
      </Text>
    </>
  )
}
