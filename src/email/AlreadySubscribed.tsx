import { Heading, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { unsubscribeUrl: string; imprint: Imprint }

/**
 * A confirmed address was signed up again. The web page says the same as for
 * any address (it must not reveal who subscribes); this mail tells the owner
 * alone that nothing changed, and how to leave if they want to.
 */
export function AlreadySubscribed({ unsubscribeUrl, imprint }: Props) {
  return (
    <EmailLayout preview="Sie erhalten migo bereits." imprint={imprint} unsubscribeUrl={unsubscribeUrl}>
      <Heading as="h1" style={styles.heading}>
        Sie erhalten migo bereits
      </Heading>
      <Text style={styles.text}>
        Diese E-Mail-Adresse wurde gerade noch einmal für migo angemeldet. Sie ist bereits angemeldet und bestätigt – es
        ändert sich nichts, und Sie müssen nichts tun.
      </Text>
    </EmailLayout>
  )
}
