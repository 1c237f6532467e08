import { Button, Heading, Link, Section, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import type { Imprint } from './imprint'
import { styles } from './styles'

export const PASSWORD_RESET_SUBJECT = 'Passwort zurücksetzen'

type Props = { resetUrl: string; imprint: Imprint }

/** A staff member asked to reset their admin password (German, as the admin is). */
export function PasswordReset({ resetUrl, imprint }: Props) {
  return (
    <EmailLayout language="de" title={PASSWORD_RESET_SUBJECT} preview="Ein Link, um Ihr Passwort neu zu setzen." imprint={imprint}>
      <Heading as="h1" style={styles.heading}>
        {PASSWORD_RESET_SUBJECT}
      </Heading>
      <Text style={styles.text}>
        Für Ihr Konto im Redaktionsbereich wurde ein neues Passwort angefordert. Mit diesem Link setzen Sie es neu; er gilt eine Stunde:
      </Text>
      <Section style={{ margin: '0 0 24px' }}>
        <Button href={resetUrl} style={styles.button}>
          Neues Passwort setzen
        </Button>
      </Section>
      <Text style={styles.small}>
        Falls der Knopf nicht funktioniert, öffnen Sie diese Adresse in Ihrem Browser:
        <br />
        <Link href={resetUrl} style={styles.link}>
          {resetUrl}
        </Link>
      </Text>
      <Text style={styles.small}>Sie haben nichts angefordert? Dann können Sie diese E-Mail löschen: Ihr Passwort bleibt, wie es ist.</Text>
    </EmailLayout>
  )
}
