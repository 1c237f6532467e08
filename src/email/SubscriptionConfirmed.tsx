import { Heading, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { unsubscribeUrl: string; imprint: Imprint }

/** Sent once the link was opened: the subscription is on, and the way out is in hand from the start. */
export function SubscriptionConfirmed({ unsubscribeUrl, imprint }: Props) {
  return (
    <EmailLayout preview="Ihre Anmeldung zu migo ist bestätigt." imprint={imprint} unsubscribeUrl={unsubscribeUrl}>
      <Heading as="h1" style={styles.heading}>
        Ihre Anmeldung ist bestätigt
      </Heading>
      <Text style={styles.text}>
        Vielen Dank! Sie erhalten migo ab der nächsten Ausgabe einmal im Monat an diese E-Mail-Adresse.
      </Text>
      <Text style={styles.text}>Sie können sich jederzeit mit einem Klick wieder abmelden – den Link finden Sie in jeder E-Mail.</Text>
    </EmailLayout>
  )
}
