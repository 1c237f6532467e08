/**
 * Everything a mail to a migo reader says, in one language. One file per
 * language (de.ts, tr.ts, …) fills it in; TypeScript makes sure none lacks a
 * text. Kept apart from the public site's UI texts so that either can change
 * without the other.
 */
/** The values of MIGO_TOPICS (src/lib/fieldsOfActivity.ts), spelled out so that every language must name each. */
export type MigoTopic = 'wirtschaft' | 'recht' | 'sport' | 'bildung' | 'gesundheit' | 'aus-den-vereinen' | 'rat-und-politik' | 'nachrichten'

export type MailTexts = {
  /** BCP 47 tag for Intl (dates in the mail). */
  intlLocale: string
  footer: {
    unsubscribeIntro: string
    unsubscribeLink: string
    languageIntro: string
    languageLink: string
    email: string
    phone: string
    imprint: string
  }
  confirm: {
    subject: string
    heading: string
    intro: string
    button: string
    validUntil: (date: string) => string
    fallback: string
    notYou: string
  }
  confirmed: { subject: string; heading: string; thanks: string; wayOut: string }
  alreadySubscribed: { subject: string; heading: string; text: string }
  migo: {
    /** "migo Nr. 12" */
    issue: (issueNumber: number) => string
    readInBrowser: string
    editorial: string
    readMore: string
    /** Above an issue that goes out in German because it has no translation into this language (not used for German). */
    onlyInGerman: string
    topics: Record<MigoTopic, string>
  }
  /** The page behind the "change language" link. */
  languagePage: {
    title: string
    current: (languageName: string) => string
    explanation: string
    label: string
    submit: string
    savedTitle: string
    saved: (languageName: string) => string
    invalidChoice: string
  }
  /** The pages the links in the mails open (one button each: opening changes nothing). */
  linkPages: {
    confirmTitle: string
    confirmText: string
    confirmButton: string
    unsubscribeTitle: string
    unsubscribeText: string
    unsubscribeButton: string
  }
}
