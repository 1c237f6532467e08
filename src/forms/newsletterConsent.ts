/**
 * What the sign-up form shows next to its checkbox. The same text is stored
 * with every sign-up as the consent record, so change it here only: the
 * form and the record can then never disagree.
 */
export const CONSENT_WORDING =
  'Ja, ich möchte migo, das monatliche Magazin des Essener Verbunds der Immigrantenvereine, kostenlos per E-Mail erhalten. ' +
  'Meine E-Mail-Adresse wird nur dafür gespeichert und nicht weitergegeben. ' +
  'Ich kann mich jederzeit mit einem Klick über den Link in jeder E-Mail wieder abmelden.'

/** Field labels for the German answer without script (src/forms/answer.ts). */
export const NEWSLETTER_LABELS: Record<string, string> = { email: 'E-Mail-Adresse', consent: 'Einwilligung', language: 'Sprache von migo' }
