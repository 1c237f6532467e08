import { Link, Text } from '@react-email/components'

import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { imprint: Imprint; unsubscribeUrl?: string }

/** The foot of every mail: the way out (when the mail goes to a subscriber) and the sender's imprint. */
export function ImprintFooter({ imprint, unsubscribeUrl }: Props) {
  const contact = [imprint.email && `E-Mail: ${imprint.email}`, imprint.phone && `Telefon: ${imprint.phone}`].filter(Boolean)
  return (
    <>
      {unsubscribeUrl && (
        <Text style={styles.small}>
          {/* Nothing right after the link: some mail programs would take a full stop into the address. */}
          Sie möchten migo nicht mehr erhalten? Hier können Sie sich mit einem Klick abmelden:{' '}
          <Link href={unsubscribeUrl} style={styles.link}>
            Abmelden
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
          Impressum
        </Link>{' '}
        ·{' '}
        <Link href={imprint.siteUrl} style={styles.link}>
          {imprint.siteUrl}
        </Link>
      </Text>
    </>
  )
}
