/**
 * Demo pages in Leichte Sprache (plain-language German) for the key pages:
 * Über uns, Mitglied werden and the migo sign-up. Written for this project
 * following the rules of Leichte Sprache: short sentences, one idea each,
 * hard words explained, compound words split with the middle dot.
 */
import { heading, link, paragraph, richText } from './lexical'

export const MEMBERSHIP_PAGE = {
  title: 'Mitglied werden',
  slug: 'mitglied-werden',
  body: richText(
    paragraph(
      'Migrantenorganisationen aus Essen können Mitglied im Essener Verbund der Immigrantenvereine werden. Gemeinsam vertreten wir die Interessen der Vereine gegenüber Politik und Verwaltung, tauschen Erfahrungen aus und unterstützen einander bei der Vereinsarbeit.',
    ),
    paragraph('Die Aufnahme beantragen Sie online über „Verein eintragen“. Die Geschäftsstelle prüft den Antrag und meldet sich bei Ihnen.'),
    paragraph(link('Zum Formular „Verein eintragen“', '/mitgliedsvereine/eintragen')),
  ),
}

export const EASY_LANGUAGE_PAGES = [
  {
    title: 'Über uns in Leichter Sprache',
    slug: 'leichte-sprache/ueber-uns',
    migoSignup: false,
    body: richText(
      paragraph('Wir sind der Essener Verbund der Immigranten·vereine.'),
      paragraph('Das ist ein langer Name. Wir sagen kurz: der Verbund.'),
      paragraph('Im Verbund sind mehr als 70 Vereine.'),
      paragraph('In diesen Vereinen sind Menschen aus vielen Ländern. Die Menschen leben jetzt in Essen.'),
      heading('Was macht der Verbund?'),
      paragraph('Wir helfen den Vereinen. Zum Beispiel: Wir beraten die Vereine.'),
      paragraph('Wir sprechen mit der Stadt Essen und mit Politikern. Wir sagen ihnen: Das ist wichtig für die Vereine.'),
      paragraph('Wir bringen Menschen zusammen. Zum Beispiel bei Festen.'),
      heading('Seit wann gibt es den Verbund?'),
      paragraph('Den Verbund gibt es seit dem Jahr 2000.'),
    ),
  },
  {
    title: 'Mitglied werden in Leichter Sprache',
    slug: 'leichte-sprache/mitglied-werden',
    migoSignup: false,
    body: richText(
      paragraph('Sie haben einen Verein in Essen?'),
      paragraph('In Ihrem Verein sind Menschen aus anderen Ländern?'),
      paragraph('Dann kann Ihr Verein Mitglied im Verbund werden.'),
      paragraph('Mitglied sein bedeutet: Ihr Verein gehört zum Verbund dazu.'),
      heading('Was hat Ihr Verein davon?'),
      paragraph('Sie bekommen Hilfe und Beratung.'),
      paragraph('Sie lernen andere Vereine kennen.'),
      paragraph('Zusammen sind wir stärker.'),
      heading('Wie geht das?'),
      paragraph('Sie füllen ein Formular im Internet aus. Das Formular heißt: Verein eintragen.'),
      paragraph(link('Hier geht es zum Formular.', '/mitgliedsvereine/eintragen')),
      paragraph('Dann meldet sich jemand vom Verbund bei Ihnen. Am Telefon oder mit einer E-Mail.'),
    ),
  },
  {
    title: 'migo in Leichter Sprache',
    slug: 'leichte-sprache/migo',
    migoSignup: true,
    body: richText(
      paragraph('migo ist eine Zeitschrift. Die Zeitschrift ist vom Verbund.'),
      paragraph('migo kommt einmal im Monat. migo kommt als E-Mail. migo kostet nichts.'),
      heading('Was steht in migo?'),
      paragraph('Neues aus den Vereinen. Und Neues aus Essen.'),
      paragraph('Zum Beispiel über Arbeit, Schule, Gesundheit und Sport.'),
      heading('So bekommen Sie migo'),
      paragraph('Schreiben Sie Ihre E-Mail-Adresse unten in das Feld.'),
      paragraph('Setzen Sie einen Haken in das Kästchen. Dann klicken Sie auf den Knopf.'),
      paragraph('Danach bekommen Sie eine E-Mail. In der E-Mail ist ein Link. Klicken Sie auf den Link.'),
      paragraph('Erst dann bekommen Sie migo.'),
      paragraph('Sie wollen migo nicht mehr? In jeder E-Mail ist unten ein Link zum Abmelden.'),
    ),
  },
]
