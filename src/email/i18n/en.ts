import type { MailTexts } from './types'

export const en: MailTexts = {
  intlLocale: 'en-GB',
  footer: {
    unsubscribeIntro: "Don't want to receive migo any more? Unsubscribe here with one click:",
    unsubscribeLink: 'Unsubscribe',
    languageIntro: 'Would you rather read migo in another language?',
    languageLink: 'Change language',
    email: 'Email',
    phone: 'Phone',
    imprint: 'Legal notice',
  },
  confirm: {
    subject: 'Please confirm your subscription to migo',
    heading: 'Please confirm your subscription',
    intro:
      'Hello, migo, the monthly magazine of the Essener Verbund der Immigrantenvereine (the association of immigrant organisations in Essen), was ordered with this email address. Please confirm that you would like to receive migo by email:',
    button: 'Confirm subscription',
    validUntil: (date) => `The link is valid until ${date}. After that, you can simply sign up again.`,
    fallback: 'If the button does not work, open this address in your browser:',
    notYou: 'You did not sign up? Then there is nothing you need to do: without your confirmation we will not send you any further emails.',
  },
  confirmed: {
    subject: 'Welcome to migo – your subscription is confirmed',
    heading: 'Your subscription is confirmed',
    thanks: 'Thank you! Starting with the next issue, you will receive migo once a month at this email address.',
    wayOut: 'You can unsubscribe at any time with one click – you will find the link in every email.',
  },
  alreadySubscribed: {
    subject: 'You already receive migo',
    heading: 'You already receive migo',
    text: 'This email address was just signed up for migo again. It is already subscribed and confirmed – nothing changes, and there is nothing you need to do.',
  },
  migo: {
    issue: (n) => `migo No. ${n}`,
    readInBrowser: 'Read in your browser',
    editorial: 'Editorial',
    readMore: 'Read more',
    onlyInGerman: 'This issue is not yet available in English; the German text follows below.',
    topics: {
      wirtschaft: 'Economy',
      recht: 'Law',
      sport: 'Sport',
      bildung: 'Education',
      gesundheit: 'Health',
      'aus-den-vereinen': 'From the member organisations',
      'rat-und-politik': 'Council and politics',
      nachrichten: 'News',
    },
  },
  languagePage: {
    title: 'In which language would you like to receive migo?',
    current: (name) => `You currently receive migo in: ${name}.`,
    explanation: 'New issues come in the language you choose where they have been translated, and in German otherwise.',
    label: 'Language of migo',
    submit: 'Save',
    savedTitle: 'Language saved',
    saved: (name) => `From now on you will receive migo in: ${name}.`,
    invalidChoice: 'Please choose one of the languages offered.',
  },
}
