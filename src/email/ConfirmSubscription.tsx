import { Button, Heading, Link, Section, Text } from '@react-email/components'

import { formatDateTime } from '@/lib/formatDate'

import { EmailLayout } from './EmailLayout'
import type { Imprint } from './imprint'
import { styles } from './styles'

type Props = { confirmUrl: string; expiresAt: Date; imprint: Imprint }

/**
 * The double opt-in mail: only the request to confirm, no advertising (a
 * confirmation mail with promotion would itself need consent).
 */
export function ConfirmSubscription({ confirmUrl, expiresAt, imprint }: Props) {
  return (
    <EmailLayout preview="Bitte bestätigen Sie Ihre Anmeldung zu migo." imprint={imprint}>
      <Heading as="h1" style={styles.heading}>
        Bitte bestätigen Sie Ihre Anmeldung
      </Heading>
      <Text style={styles.text}>
        Guten Tag, mit dieser E-Mail-Adresse wurde migo, das monatliche Magazin des Essener Verbunds der
        Immigrantenvereine, bestellt. Bitte bestätigen Sie, dass Sie migo per E-Mail erhalten möchten:
      </Text>
      <Section style={{ margin: '0 0 24px' }}>
        <Button href={confirmUrl} style={styles.button}>
          Anmeldung bestätigen
        </Button>
      </Section>
      <Text style={styles.text}>Der Link gilt bis {formatDateTime(expiresAt)}. Danach können Sie sich einfach noch einmal anmelden.</Text>
      <Text style={styles.small}>
        Falls der Knopf nicht funktioniert, öffnen Sie diese Adresse in Ihrem Browser:
        <br />
        <Link href={confirmUrl} style={styles.link}>
          {confirmUrl}
        </Link>
      </Text>
      <Text style={styles.small}>
        Sie haben sich nicht angemeldet? Dann müssen Sie nichts tun: Ohne Ihre Bestätigung erhalten Sie von uns keine
        weiteren E-Mails.
      </Text>
    </EmailLayout>
  )
}
