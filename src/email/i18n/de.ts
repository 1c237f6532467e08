import type { MailTexts } from './types'

export const de: MailTexts = {
  intlLocale: 'de-DE',
  footer: {
    unsubscribeIntro: 'Sie möchten migo nicht mehr erhalten? Hier können Sie sich mit einem Klick abmelden:',
    unsubscribeLink: 'Abmelden',
    languageIntro: 'Sie möchten migo lieber in einer anderen Sprache lesen?',
    languageLink: 'Sprache ändern',
    email: 'E-Mail',
    phone: 'Telefon',
    imprint: 'Impressum',
  },
  confirm: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung zu migo',
    heading: 'Bitte bestätigen Sie Ihre Anmeldung',
    intro:
      'Guten Tag, mit dieser E-Mail-Adresse wurde migo, das monatliche Magazin des Essener Verbunds der Immigrantenvereine, bestellt. Bitte bestätigen Sie, dass Sie migo per E-Mail erhalten möchten:',
    button: 'Anmeldung bestätigen',
    validUntil: (date) => `Der Link gilt bis ${date}. Danach können Sie sich einfach noch einmal anmelden.`,
    fallback: 'Falls der Knopf nicht funktioniert, öffnen Sie diese Adresse in Ihrem Browser:',
    notYou: 'Sie haben sich nicht angemeldet? Dann müssen Sie nichts tun: Ohne Ihre Bestätigung erhalten Sie von uns keine weiteren E-Mails.',
  },
  confirmed: {
    subject: 'Willkommen bei migo – Ihre Anmeldung ist bestätigt',
    heading: 'Ihre Anmeldung ist bestätigt',
    thanks: 'Vielen Dank! Sie erhalten migo ab der nächsten Ausgabe einmal im Monat an diese E-Mail-Adresse.',
    wayOut: 'Sie können sich jederzeit mit einem Klick wieder abmelden – den Link finden Sie in jeder E-Mail.',
  },
  alreadySubscribed: {
    subject: 'Sie erhalten migo bereits',
    heading: 'Sie erhalten migo bereits',
    text: 'Diese E-Mail-Adresse wurde gerade noch einmal für migo angemeldet. Sie ist bereits angemeldet und bestätigt – es ändert sich nichts, und Sie müssen nichts tun.',
  },
  migo: {
    issue: (n) => `migo Nr. ${n}`,
    readInBrowser: 'Im Browser lesen',
    editorial: 'Editorial',
    readMore: 'Weiterlesen',
    onlyInGerman: '',
    topics: {
      wirtschaft: 'Wirtschaft',
      recht: 'Recht',
      sport: 'Sport',
      bildung: 'Bildung',
      gesundheit: 'Gesundheit',
      'aus-den-vereinen': 'Aus den Vereinen',
      'rat-und-politik': 'Rat und Politik',
      nachrichten: 'Nachrichten',
    },
  },
  languagePage: {
    title: 'In welcher Sprache möchten Sie migo erhalten?',
    current: (name) => `Zurzeit erhalten Sie migo auf: ${name}.`,
    explanation: 'Neue Ausgaben kommen in der gewählten Sprache, wenn sie übersetzt sind, sonst auf Deutsch.',
    label: 'Sprache von migo',
    submit: 'Speichern',
    savedTitle: 'Die Sprache ist gespeichert',
    saved: (name) => `Sie erhalten migo ab jetzt auf: ${name}.`,
    invalidChoice: 'Bitte wählen Sie eine der angebotenen Sprachen.',
  },
}
