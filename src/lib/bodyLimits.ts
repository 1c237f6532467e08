import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from './uploadLimit'

/**
 * How large a request body may be, by route: the one list the front server
 * enforces while reading (src/server/bodyLimit.ts) and the routes repeat as a
 * second line of defence. A form is a few kB; API JSON about 1 MB; uploads 20 MB.
 */
const KB = 1024
const MB = 1024 * KB
/** Room for the multipart envelope and the form fields around a file. */
const ENVELOPE = 64 * KB

export const FORM_BODY_BYTES = {
  /** The button under a link from a mail (confirm, unsubscribe, RFC 8058 one-click): a token. */
  mailLinkButton: 4 * KB,
  /** An address and a checkbox. */
  newsletterSignup: 8 * KB,
  /** An organisation's data with two descriptions. */
  organisationApplication: 64 * KB,
  /** A form editors built (the contact form): a few fields and a long message. */
  siteForm: 64 * KB,
} as const

export const BODY_LIMITS = {
  /** Public forms and anything else outside /api and /admin. */
  formDefault: 16 * KB,
  forms: [
    { path: /\/newsletter\/(?:bestaetigen|abmelden)$/, bytes: FORM_BODY_BYTES.mailLinkButton },
    { path: /\/newsletter\/anmelden$/, bytes: FORM_BODY_BYTES.newsletterSignup },
    { path: /\/mitgliedsvereine\/eintragen\/absenden$/, bytes: FORM_BODY_BYTES.organisationApplication },
    { path: /\/kontakt\/absenden$/, bytes: FORM_BODY_BYTES.siteForm },
  ],
  apiDefault: 1 * MB,
  api: [
    { path: /^\/api\/media(\/|$)/, methods: ['POST', 'PATCH'], bytes: MAX_UPLOAD_BYTES + ENVELOPE, message: UPLOAD_TOO_LARGE_MESSAGE },
    { path: /^\/api\/member-organisations\/import$/, methods: ['POST'], bytes: 2 * MB + ENVELOPE },
  ] as { path: RegExp; methods?: string[]; bytes: number; message?: string }[],
  /** The admin's server functions carry a whole document's form state (long articles included). */
  admin: 2 * MB,
}
