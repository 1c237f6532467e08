import { Heading, Link, Section, Text } from '@react-email/components'

import { EmailLayout } from './EmailLayout'
import type { Imprint } from './imprint'
import { styles } from './styles'

export type RegistrationMailKind = 'confirmed' | 'waiting' | 'promoted'

type Props = {
  kind: RegistrationMailKind
  name: string
  eventTitle: string
  when: string
  place: string | null
  eventUrl: string
  calendarUrl: string
  /** Place on the waiting list (kind "waiting"). */
  position?: number
  imprint: Imprint
}

const HEADINGS: Record<RegistrationMailKind, string> = {
  confirmed: 'Ihre Anmeldung ist bestätigt',
  waiting: 'Sie stehen auf der Warteliste',
  promoted: 'Ein Platz ist frei geworden – Sie sind dabei',
}

/** The mail after registering for an event, or after moving up from the waiting list. */
export function EventRegistrationMail({ kind, name, eventTitle, when, place, eventUrl, calendarUrl, position, imprint }: Props) {
  return (
    <EmailLayout language="de" title={`${HEADINGS[kind]}: ${eventTitle}`} preview={`${HEADINGS[kind]}: ${eventTitle}`} imprint={imprint}>
      <Heading as="h1" style={styles.heading}>
        {HEADINGS[kind]}
      </Heading>
      <Text style={styles.text}>Guten Tag {name},</Text>
      {kind === 'confirmed' && <Text style={styles.text}>vielen Dank für Ihre Anmeldung. Wir haben einen Platz für Sie reserviert:</Text>}
      {kind === 'waiting' && (
        <Text style={styles.text}>
          vielen Dank für Ihre Anmeldung. Leider sind alle Plätze schon vergeben. Sie stehen auf der Warteliste
          {position ? ` an Stelle ${position}` : ''}. Sobald ein Platz frei wird, rücken Sie nach und erhalten eine E-Mail.
        </Text>
      )}
      {kind === 'promoted' && <Text style={styles.text}>für diesen Termin ist ein Platz frei geworden, und Sie sind von der Warteliste nachgerückt:</Text>}
      <Section style={{ margin: '0 0 16px' }}>
        <Text style={{ ...styles.text, margin: '0 0 4px', fontWeight: 700 }}>{eventTitle}</Text>
        <Text style={{ ...styles.text, margin: '0 0 4px' }}>{when}</Text>
        {place && <Text style={{ ...styles.text, margin: 0, whiteSpace: 'pre-line' }}>{place}</Text>}
      </Section>
      <Text style={styles.text}>
        <Link href={eventUrl} style={styles.link}>
          Zum Termin auf unserer Website
        </Link>
        {kind !== 'waiting' && (
          <>
            {' · '}
            <Link href={calendarUrl} style={styles.link}>
              In den Kalender eintragen
            </Link>
          </>
        )}
      </Text>
      <Text style={styles.small}>
        Sie können nicht kommen? Bitte sagen Sie kurz per Antwort auf diese E-Mail oder über unsere Kontaktangaben unten ab,
        damit jemand von der Warteliste nachrücken kann.
      </Text>
    </EmailLayout>
  )
}
